import NIOCore
import NIOEmbedded
import NIOTestUtils
import Testing

@testable import NewsIPC

/// The decoder that cuts the socket's bytes into Varlink messages at each NUL.
///
/// These tests are synchronous: an `EmbeddedChannel` must stay on the thread that made it.
@Suite struct FrameDecoderTests {
    /// A channel with the decoder in it, as the server sets it up.
    func channel(limit: Int = 64) throws -> EmbeddedChannel {
        EmbeddedChannel(handler: ByteToMessageHandler(VarlinkFrameDecoder(maximumSize: limit)))
    }

    func buffer(_ text: String) -> ByteBuffer { ByteBuffer(string: text) }

    /// Every message the channel has passed on so far, as text.
    func frames(_ channel: EmbeddedChannel) throws -> [String] {
        var out: [String] = []
        while let frame = try channel.readInbound(as: ByteBuffer.self) {
            out.append(String(buffer: frame))
        }
        return out
    }

    @Test func theVerifierAcceptsTheDecoder() throws {
        // The verifier feeds these whole, byte by byte, and all in one buffer, in shuffled orders.
        let call = #"{"method":"io.newsd.Query.Status","parameters":{}}"#
        let pairs: [(ByteBuffer, [ByteBuffer])] = [
            (buffer(call + "\0"), [buffer(call)]),
            (buffer("\0"), [buffer("")]),
            (buffer("one\0two\0"), [buffer("one"), buffer("two")]),
            (buffer("\0\0"), [buffer(""), buffer("")]),
            (buffer(String(repeating: "z", count: 64) + "\0"), [buffer(String(repeating: "z", count: 64))]),
        ]
        try ByteToMessageDecoderVerifier.verifyDecoder(inputOutputPairs: pairs) {
            VarlinkFrameDecoder(maximumSize: 64)
        }
    }

    @Test func severalFramesInOneRead() throws {
        let channel = try channel()
        try channel.writeInbound(buffer("first\0second\0\0third\0"))
        #expect(try frames(channel) == ["first", "second", "", "third"])
        #expect(try channel.finish().isClean)
    }

    @Test func aFrameSplitByteByByte() throws {
        let channel = try channel()
        let message = #"{"method":"io.newsd.Query.Totals"}"#
        for byte in message.utf8 {
            try channel.writeInbound(ByteBuffer(bytes: [byte]))
            // Nothing comes out before the NUL.
            #expect(try channel.readInbound(as: ByteBuffer.self) == nil)
        }
        try channel.writeInbound(ByteBuffer(bytes: [0]))
        #expect(try frames(channel) == [message])
        #expect(try channel.finish().isClean)
    }

    @Test func aFrameEndsInTheMiddleOfALaterRead() throws {
        // The decoder remembers how far it looked for a NUL; the next read must still find one.
        let channel = try channel()
        try channel.writeInbound(buffer("abc"))
        try channel.writeInbound(buffer("def"))
        try channel.writeInbound(buffer("ghi\0jk"))
        try channel.writeInbound(buffer("l\0"))
        #expect(try frames(channel) == ["abcdefghi", "jkl"])
    }

    @Test func anEmptyFrameIsAnEmptyMessage() throws {
        let channel = try channel()
        try channel.writeInbound(buffer("\0"))
        let frame = try #require(try channel.readInbound(as: ByteBuffer.self))
        #expect(frame.readableBytes == 0)
        #expect(try channel.readInbound(as: ByteBuffer.self) == nil)
    }

    @Test func aFrameOfExactlyTheLimitPasses() throws {
        let channel = try channel(limit: 8)
        try channel.writeInbound(buffer("12345678\0"))
        #expect(try frames(channel) == ["12345678"])
    }

    @Test func aFrameOverTheLimitIsRefusedAndNothingComesOut() throws {
        let channel = try channel(limit: 8)
        let error = #expect(throws: FrameTooLarge.self) { try channel.writeInbound(buffer("123456789\0")) }
        #expect(error?.limit == 8)
        #expect(try frames(channel).isEmpty)
        // After the error the decoder takes nothing more: the server closes such a connection.
        #expect(throws: (any Error).self) { try channel.writeInbound(buffer("ok\0")) }
        #expect(try frames(channel).isEmpty)
    }

    @Test func aFrameOverTheLimitIsRefusedBeforeItsNULArrives() throws {
        // A client that never sends a NUL must not make the server buffer without end.
        let channel = try channel(limit: 8)
        try channel.writeInbound(buffer("12345"))
        try channel.writeInbound(buffer("678"))
        #expect(try frames(channel).isEmpty)
        let error = #expect(throws: FrameTooLarge.self) { try channel.writeInbound(buffer("9")) }
        #expect(error?.limit == 8)
        #expect(try frames(channel).isEmpty)
    }

    @Test func framesBeforeOneOverTheLimitStillComeOut() throws {
        let channel = try channel(limit: 8)
        #expect(throws: FrameTooLarge.self) { try channel.writeInbound(buffer("good\0far-too-long\0")) }
        #expect(try frames(channel) == ["good"])
    }

    @Test func aHalfMessageAtTheEndIsDropped() throws {
        // At EOF there is no one left to answer: the complete frames come out, the rest is dropped quietly.
        let channel = try channel()
        try channel.writeInbound(buffer("whole\0half"))
        #expect(try frames(channel) == ["whole"])
        #expect(try channel.finish().isClean)
    }

    @Test func anEndOfStreamWithNothingLeftIsQuiet() throws {
        let channel = try channel()
        try channel.writeInbound(buffer("a\0"))
        #expect(try frames(channel) == ["a"])
        #expect(try channel.finish().isClean)
    }
}
