"""Variants of a folder of generated files, one thing removed at a time, for CompileCost (docs/performance.md, section 6).

Usage: python3 eng/CompileCost/variants.py <generated folder> <output folder>
Writes <output>/<variant>/gen for: full, nodocs (no /// lines), nobodies (empty __Read/__Write/__Validate), noattrs
(no [JsonPropertyName]), nocontext (no JSON context file), autoprops (auto-properties where the property only stores
its field and marks it set: what presence tracking by setters costs).
"""
import os, re, sys, shutil
src = sys.argv[1]; out = sys.argv[2]
files = []
for root, _, names in os.walk(src):
    for n in names:
        if n.endswith('.g.cs'): files.append(os.path.join(root, n))
def strip_bodies(text):
    lines = text.split('\n'); res = []; i = 0
    while i < len(lines):
        l = lines[i]
        m = re.match(r'^(\s*)protected override (void|bool|object\?) (__Read|__Write|__Validate|__Get)\(', l)
        if m and i + 1 < len(lines) and lines[i+1].strip() == '{':
            res.append(l); depth = 0; j = i + 1
            while True:
                depth += lines[j].count('{') - lines[j].count('}')
                if depth == 0: break
                j += 1
            res.append(m.group(1) + ('{ }' if m.group(2) == 'void' else '{ return false; }' if m.group(2) == 'bool' else '{ return null; }'))
            i = j + 1; continue
        res.append(l); i += 1
    return '\n'.join(res)
def auto_properties(text):
    pattern = r'\{ get => _(\w+); set \{ _\1 = value; __Set\(\d+\); \} \}'
    names = re.findall(pattern, text)
    text = re.sub(pattern, '{ get; set; }', text)
    for name in names:
        text = re.sub(r'\n\s*private [^\n;=]+ _' + name + ';', '', text)
        text = re.sub(r'\b_' + name + r'\b', name, text)
    return text
variants = {
  'full': lambda t, f: t,
  'nodocs': lambda t, f: '\n'.join(l for l in t.split('\n') if not l.lstrip().startswith('///')),
  'nobodies': lambda t, f: strip_bodies(t),
  'noattrs': lambda t, f: '\n'.join(l for l in t.split('\n') if 'JsonPropertyName(' not in l),
  'nocontext': lambda t, f: None if 'JsonContext' in os.path.basename(f) else t,
  'autoprops': lambda t, f: auto_properties(t),
}
for v, fn in variants.items():
    d = os.path.join(out, v, 'gen'); os.makedirs(d, exist_ok=True)
    for f in files:
        t = open(f, encoding='utf-8-sig').read(); r = fn(t, f)
        if r is not None: open(os.path.join(d, os.path.basename(f)), 'w').write(r)
