import NIOCore

/// Splits a byte stream into Varlink messages at each NUL byte.
///
/// A message longer than `maximumSize` (before its NUL) is an error: the connection cannot
/// be trusted to resynchronise, so the server answers once and closes it.
struct VarlinkFrameDecoder: ByteToMessageDecoder {
    typealias InboundOut = ByteBuffer
    let maximumSize: Int

    mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        if let end = buffer.readableBytesView.firstIndex(of: 0) {
            let length = end - buffer.readerIndex
            guard length <= maximumSize else { throw FrameTooLarge(limit: maximumSize) }
            let frame = buffer.readSlice(length: length)!
            buffer.moveReaderIndex(forwardBy: 1)
            context.fireChannelRead(Self.wrapInboundOut(frame))
            return .continue
        }
        guard buffer.readableBytes <= maximumSize else { throw FrameTooLarge(limit: maximumSize) }
        return .needMoreData
    }

    mutating func decodeLast(context: ChannelHandlerContext, buffer: inout ByteBuffer, seenEOF: Bool) throws -> DecodingState {
        // A half-sent message at the end of the stream is dropped: there is no one left to answer.
        while try decode(context: context, buffer: &buffer) == .continue {}
        buffer.moveReaderIndex(to: buffer.writerIndex)
        return .needMoreData
    }
}

/// A message over the size limit.
public struct FrameTooLarge: Error, Sendable {
    public var limit: Int
}
