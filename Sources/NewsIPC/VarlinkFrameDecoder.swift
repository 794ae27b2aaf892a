import NIOCore

#if canImport(Glibc)
    import Glibc
#endif

/// Splits a byte stream into Varlink messages at each NUL byte.
///
/// A message longer than `maximumSize` (before its NUL) is an error: the connection cannot
/// be trusted to resynchronise, so the server answers once and closes it. Bytes already
/// searched for a NUL are not searched again when more arrive, so a large message costs time
/// in proportion to its size, not to its size squared.
struct VarlinkFrameDecoder: ByteToMessageDecoder {
    typealias InboundOut = ByteBuffer
    let maximumSize: Int
    /// How many of the readable bytes are known to hold no NUL.
    private var searched = 0

    init(maximumSize: Int) {
        self.maximumSize = maximumSize
    }

    mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        let from = searched
        let found: Int? = buffer.withUnsafeReadableBytes { raw in
            guard raw.count > from, let base = raw.baseAddress else { return nil }
            guard let hit = memchr(base + from, 0, raw.count - from) else { return nil }
            return base.distance(to: UnsafeRawPointer(hit))
        }
        if let length = found {
            searched = 0
            guard length <= maximumSize else { throw FrameTooLarge(limit: maximumSize) }
            let frame = buffer.readSlice(length: length)!
            buffer.moveReaderIndex(forwardBy: 1)
            context.fireChannelRead(Self.wrapInboundOut(frame))
            return .continue
        }
        searched = buffer.readableBytes
        guard buffer.readableBytes <= maximumSize else { throw FrameTooLarge(limit: maximumSize) }
        return .needMoreData
    }

    mutating func decodeLast(context: ChannelHandlerContext, buffer: inout ByteBuffer, seenEOF: Bool) throws
        -> DecodingState
    {
        // A half-sent message at the end of the stream is dropped: there is no one left to answer.
        while try decode(context: context, buffer: &buffer) == .continue {}
        buffer.moveReaderIndex(to: buffer.writerIndex)
        searched = 0
        return .needMoreData
    }
}

/// A message over the size limit.
public struct FrameTooLarge: Error, Sendable {
    public var limit: Int
}
