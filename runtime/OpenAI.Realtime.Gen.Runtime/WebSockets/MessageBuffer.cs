using System;
using System.Buffers;
using System.Collections.Generic;

namespace OpenAI.Realtime.WebSockets
{
    /// <summary>
    /// Where one incoming message is assembled: a first pooled array kept for the connection's life, then further pooled
    /// segments (each twice the last, at most 1 MB) for a message that does not fit, returned when the next message starts.
    /// Never holds more than the limit plus one byte.
    /// </summary>
    internal sealed class MessageBuffer
    {
        private const int MaxSegmentSize = 1024 * 1024;

        private readonly List<Segment> _segments = new List<Segment>();
        private readonly List<Segment> _spare = new List<Segment>();
        private byte[] _first;
        private int _firstLength;
        private long _length;

        public MessageBuffer(int firstSize) => _first = ArrayPool<byte>.Shared.Rent(firstSize);

        /// <summary>Memory to read and drop bytes into once the message is abandoned.</summary>
        public Memory<byte> Scratch => _first;

        /// <summary>The bytes of the message so far.</summary>
        public long Length => _length;

        /// <summary>The message so far, as one span-backed sequence or a chain of pooled segments.</summary>
        public ReadOnlySequence<byte> Sequence
        {
            get
            {
                if (_segments.Count == 0)
                {
                    return new ReadOnlySequence<byte>(_first, 0, _firstLength);
                }

                Segment last = _segments[_segments.Count - 1];
                return new ReadOnlySequence<byte>(_segments[0], 0, last, last.Memory.Length);
            }
        }

        /// <summary>Starts a new message: the extra segments of the last one go back to the pool.</summary>
        public void Reset()
        {
            foreach (Segment segment in _segments)
            {
                segment.Release();
                _spare.Add(segment);
            }

            _segments.Clear();
            _firstLength = 0;
            _length = 0;
        }

        /// <summary>Memory to receive into: at most <paramref name="limit"/> bytes (at least one).</summary>
        public Memory<byte> GetMemory(int limit)
        {
            if (_segments.Count == 0)
            {
                if (_firstLength < _first.Length)
                {
                    return _first.AsMemory(_firstLength, Math.Min(limit, _first.Length - _firstLength));
                }

                // The first array is full: it becomes the head of a chain.
                AddSegment(new ArraySegment<byte>(_first, 0, _firstLength), owned: false);
            }

            Segment tail = _segments[_segments.Count - 1];
            if (tail.Free == 0)
            {
                int size = (int)Math.Min(Math.Min((long)tail.Capacity * 2, MaxSegmentSize), Math.Max(limit, 16));
                AddSegment(new ArraySegment<byte>(ArrayPool<byte>.Shared.Rent(size), 0, 0), owned: true);
                tail = _segments[_segments.Count - 1];
            }

            return tail.FreeMemory(limit);
        }

        public void Advance(int count)
        {
            _length += count;
            if (_segments.Count == 0)
            {
                _firstLength += count;
            }
            else
            {
                _segments[_segments.Count - 1].Advance(count);
            }
        }

        public void Release()
        {
            Reset();
            byte[] first = _first;
            _first = Array.Empty<byte>();
            if (first.Length > 0)
            {
                ArrayPool<byte>.Shared.Return(first);
            }
        }

        private void AddSegment(ArraySegment<byte> array, bool owned)
        {
            Segment segment;
            if (_spare.Count > 0)
            {
                segment = _spare[_spare.Count - 1];
                _spare.RemoveAt(_spare.Count - 1);
            }
            else
            {
                segment = new Segment();
            }

            segment.Init(array, owned, _segments.Count == 0 ? 0 : _length);
            if (_segments.Count > 0)
            {
                _segments[_segments.Count - 1].Link(segment);
            }

            _segments.Add(segment);
        }

        private sealed class Segment : ReadOnlySequenceSegment<byte>
        {
            private byte[] _array = Array.Empty<byte>();
            private int _offset;
            private int _count;
            private bool _owned;

            public int Capacity => _array.Length - _offset;

            public int Free => _array.Length - _offset - _count;

            public void Init(ArraySegment<byte> array, bool owned, long runningIndex)
            {
                _array = array.Array!;
                _offset = array.Offset;
                _count = array.Count;
                _owned = owned;
                RunningIndex = runningIndex;
                Memory = new ReadOnlyMemory<byte>(_array, _offset, _count);
                Next = null;
            }

            public Memory<byte> FreeMemory(int limit) => _array.AsMemory(_offset + _count, Math.Min(limit, Free));

            public void Advance(int count)
            {
                _count += count;
                Memory = new ReadOnlyMemory<byte>(_array, _offset, _count);
            }

            public void Link(Segment next) => Next = next;

            public void Release()
            {
                if (_owned)
                {
                    ArrayPool<byte>.Shared.Return(_array);
                }

                _array = Array.Empty<byte>();
                _offset = 0;
                _count = 0;
                _owned = false;
                Memory = ReadOnlyMemory<byte>.Empty;
                Next = null;
            }
        }
    }
}
