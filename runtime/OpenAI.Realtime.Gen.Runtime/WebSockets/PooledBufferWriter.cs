using System;
using System.Buffers;

namespace OpenAI.Realtime.WebSockets
{
    /// <summary>
    /// An <see cref="IBufferWriter{T}"/> over one array rented from <see cref="ArrayPool{T}.Shared"/>, grown by renting a larger
    /// one. A connection keeps one for its sends and reuses it for every message.
    /// </summary>
    internal sealed class PooledBufferWriter : IBufferWriter<byte>
    {
        private readonly int _initialSize;
        private byte[] _buffer;
        private int _written;

        public PooledBufferWriter(int initialSize)
        {
            _initialSize = initialSize;
            _buffer = ArrayPool<byte>.Shared.Rent(initialSize);
        }

        public ReadOnlyMemory<byte> WrittenMemory => new ReadOnlyMemory<byte>(_buffer, 0, _written);

        public void Advance(int count)
        {
            if (count < 0 || _written + count > _buffer.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(count));
            }

            _written += count;
        }

        public Memory<byte> GetMemory(int sizeHint = 0)
        {
            Ensure(sizeHint);
            return _buffer.AsMemory(_written);
        }

        public Span<byte> GetSpan(int sizeHint = 0)
        {
            Ensure(sizeHint);
            return _buffer.AsSpan(_written);
        }

        /// <summary>Forgets what was written; an array grown past four times the initial size goes back to the pool.</summary>
        public void Reset()
        {
            _written = 0;
            if (_buffer.Length > 4 * _initialSize)
            {
                byte[] large = _buffer;
                _buffer = ArrayPool<byte>.Shared.Rent(_initialSize);
                ArrayPool<byte>.Shared.Return(large);
            }
        }

        public void Release()
        {
            byte[] buffer = _buffer;
            _buffer = Array.Empty<byte>();
            _written = 0;
            if (buffer.Length > 0)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }

        private void Ensure(int sizeHint)
        {
            int needed = Math.Max(sizeHint, 1);
            if (_buffer.Length - _written >= needed)
            {
                return;
            }

            long size = Math.Max((long)_buffer.Length * 2, (long)_written + needed);
            if (size > int.MaxValue)
            {
                throw new OutOfMemoryException("The message does not fit in one buffer.");
            }

            byte[] larger = ArrayPool<byte>.Shared.Rent((int)Math.Max(size, _initialSize));
            _buffer.AsSpan(0, _written).CopyTo(larger);
            if (_buffer.Length > 0)
            {
                ArrayPool<byte>.Shared.Return(_buffer);
            }

            _buffer = larger;
        }
    }
}
