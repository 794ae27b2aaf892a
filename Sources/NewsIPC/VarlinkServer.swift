import Logging
import NIOCore
import NIOPosix
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// What a Varlink server serves: interfaces, and a handler for their calls.
public protocol VarlinkService: Sendable {
    /// The interfaces served, besides `org.varlink.service`.
    var interfaces: [VarlinkInterface] { get }
    var info: VarlinkInfo { get }
    /// Names the errors the server raises itself; it serves their declaration as an interface.
    var serverErrors: VarlinkServerErrors { get }
    /// Answers one call through `context`; throws a `VarlinkError` to answer with an error.
    func handle(_ request: VarlinkRequest, context: VarlinkCallContext) async throws
}

/// Where a call came from and how to answer it.
public struct VarlinkCallContext: Sendable {
    public let peer: PeerCredentials
    let request: VarlinkRequest
    let outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>
    let allocator: ByteBufferAllocator
    let channel: any Channel
    let stopping: @Sendable () -> Bool

    /// False once the client has gone or the server is stopping: an endless stream should end.
    public var isOpen: Bool { channel.isActive && !stopping() }

    /// Sends the last (or only) reply of the call.
    public func reply<P: Encodable>(_ parameters: P) async throws {
        guard !request.oneway else { return }
        try await send(VarlinkReply.encode(parameters))
    }

    /// Sends the last (or only) reply of the call, parameters that write their own JSON.
    public func reply<P: Encodable & JSONWritable>(_ parameters: P) async throws {
        guard !request.oneway else { return }
        try await send(VarlinkReply.encode(parameters))
    }

    /// Sends one reply of a stream; the call must have asked for `more`.
    public func stream<P: Encodable>(_ parameters: P) async throws {
        guard request.more else { throw VarlinkError.expectedMore() }
        try await send(VarlinkReply.encode(parameters, continues: true))
    }

    func send(_ bytes: [UInt8]) async throws {
        try await outbound.write(allocator.buffer(bytes: bytes))
    }
}

/// Settings of the socket server.
public struct VarlinkServerConfiguration: Sendable {
    public enum Endpoint: Sendable, Hashable {
        /// Bind a new socket at this path (replacing a stale one).
        case path(String)
        /// Serve a listening socket handed over by systemd.
        case inherited(fd: Int32)
    }

    public var endpoint: Endpoint
    /// The largest message accepted, in bytes before its NUL.
    public var maximumMessageSize: Int = 24 << 20
    /// Connections beyond this many are answered with the service's `TooManyConnections` and closed.
    public var maximumConnections: Int = 2048
    /// A connection that sends nothing for this long, while no call of it runs, is closed.
    public var idleTimeout: TimeAmount = .seconds(300)
    /// How long `stop()` lets calls in flight run before it closes their connections.
    public var stopGracePeriod: TimeAmount = .seconds(10)
    /// File mode of a socket the server binds itself.
    public var socketMode: mode_t = 0o660
    /// Group of a socket the server binds itself, if any.
    public var socketGroup: gid_t?

    public init(endpoint: Endpoint) { self.endpoint = endpoint }
}

/// A Varlink server on a Unix stream socket, on SwiftNIO.
///
/// Each connection is served in its own task: calls are answered in order, a failing call or a
/// broken message is answered with an error and confined to its connection.
public final class VarlinkServer: Sendable {
    public let configuration: VarlinkServerConfiguration
    private let service: any VarlinkService
    /// The service's interfaces, and the declaration of the server's own errors unless the
    /// service already serves it.
    private let served: [VarlinkInterface]
    private let logger: Logger
    private let group: MultiThreadedEventLoopGroup
    private let state = Mutex(State())

    struct State {
        var listener: (any Channel)?
        var connections: [ObjectIdentifier: Connection] = [:]
        var stopping = false
    }

    /// A live connection: its channel, and whether a call of it is running.
    final class Connection: Sendable {
        let channel: any Channel
        let busy: BusyFlag
        init(channel: any Channel, busy: BusyFlag) {
            self.channel = channel
            self.busy = busy
        }
    }

    public init(
        configuration: VarlinkServerConfiguration, service: any VarlinkService, logger: Logger, threads: Int = 1
    ) {
        self.configuration = configuration
        self.service = service
        let errors = service.serverErrors.declaration
        served =
            service.interfaces.contains { $0.name == errors.name } ? service.interfaces : service.interfaces + [errors]
        self.logger = logger
        group = MultiThreadedEventLoopGroup(numberOfThreads: threads)
    }

    deinit { try? group.syncShutdownGracefully() }

    /// Whether `stop()` was called.
    public var isStopping: Bool { state.withLock { $0.stopping } }

    /// The number of open connections.
    public var connectionCount: Int { state.withLock { $0.connections.count } }

    /// Serves until `stop()` or cancellation. `onListening` runs once the socket accepts connections.
    public func run(onListening: @Sendable () -> Void = {}) async throws {
        let limit = configuration.maximumMessageSize
        let idle = configuration.idleTimeout
        let bootstrap = ServerBootstrap(group: group)
            .serverChannelOption(.backlog, value: 512)
            .childChannelOption(.allowRemoteHalfClosure, value: true)
        let initializer:
            @Sendable (any Channel) -> EventLoopFuture<
                (NIOAsyncChannel<ByteBuffer, ByteBuffer>, PeerCredentials, BusyFlag)
            > = { channel in
                let credentials: EventLoopFuture<KernelPeerCredentials> =
                    (channel as? any SocketOptionProvider)?.unsafeGetSocketOption(
                        level: SocketOptionLevel(SOL_SOCKET), name: SocketOptionName(SO_PEERCRED))
                    ?? channel.eventLoop.makeSucceededFuture(
                        KernelPeerCredentials(pid: 0, uid: UInt32.max, gid: UInt32.max))
                return credentials.flatMapThrowing { cred in
                    let busy = BusyFlag()
                    try channel.pipeline.syncOperations.addHandler(IdleStateHandler(readTimeout: idle))
                    try channel.pipeline.syncOperations.addHandler(IdleCloser(busy: busy))
                    try channel.pipeline.syncOperations.addHandler(
                        ByteToMessageHandler(VarlinkFrameDecoder(maximumSize: limit)))
                    let async = try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
                    return (async, PeerCredentials(pid: cred.pid, uid: cred.uid, gid: cred.gid), busy)
                }
            }
        let server: NIOAsyncChannel<(NIOAsyncChannel<ByteBuffer, ByteBuffer>, PeerCredentials, BusyFlag), Never>
        switch configuration.endpoint {
        case .path(let path):
            server = try await bootstrap.bind(
                unixDomainSocketPath: path, cleanupExistingSocketFile: true, childChannelInitializer: initializer)
            if chmod(path, configuration.socketMode) != 0 {
                logger.warning("cannot set the socket's mode", metadata: ["socket.path": "\(path)"])
            }
            if let gid = configuration.socketGroup, chown(path, uid_t.max, gid) != 0 {
                logger.warning(
                    "cannot set the socket's group", metadata: ["socket.path": "\(path)", "socket.gid": "\(gid)"])
            }
        case .inherited(let fd):
            server = try await bootstrap.bind(fd, childChannelInitializer: initializer)
        }
        let alreadyStopping = state.withLock { state in
            state.listener = server.channel
            return state.stopping
        }
        if alreadyStopping { server.channel.close(promise: nil) }
        logger.info("listening", metadata: ["socket.endpoint": "\(configuration.endpoint)"])
        onListening()

        try await withThrowingDiscardingTaskGroup { tasks in
            try await server.executeThenClose { inbound in
                for try await (connection, peer, busy) in inbound {
                    tasks.addTask { await self.serve(connection, peer: peer, busy: busy) }
                }
            }
        }
        logger.info("stopped listening")
    }

    /// Proves an event loop of the server is turning: a no-op runs on it.
    public func ping() async throws {
        try await group.next().submit {}.get()
    }

    /// Stops accepting; closes idle connections now and busy ones after their call.
    public func stop() {
        let (listener, connections) = state.withLock { state in
            state.stopping = true
            return (state.listener, Array(state.connections.values))
        }
        listener?.close(promise: nil)
        for connection in connections where !connection.busy.value.load(ordering: .acquiring) {
            connection.channel.close(promise: nil)
        }
        // A call that will not finish (a client that stopped reading) does not hold up the stop for long.
        let grace = configuration.stopGracePeriod
        for connection in connections {
            connection.channel.eventLoop.scheduleTask(in: grace) { connection.channel.close(promise: nil) }
        }
    }

    private func serve(_ channel: NIOAsyncChannel<ByteBuffer, ByteBuffer>, peer: PeerCredentials, busy: BusyFlag) async
    {
        let connection = Connection(channel: channel.channel, busy: busy)
        let id = ObjectIdentifier(connection)
        let (admitted, stopping) = state.withLock { state -> (Bool, Bool) in
            guard state.connections.count < configuration.maximumConnections else { return (false, state.stopping) }
            state.connections[id] = connection
            return (true, state.stopping)
        }
        defer { state.withLock { _ = $0.connections.removeValue(forKey: id) } }
        let log = logger.with(["peer.uid": "\(peer.uid)", "peer.pid": "\(peer.pid)"])
        do {
            try await channel.executeThenClose { inbound, outbound in
                let allocator = channel.channel.allocator
                guard admitted, !stopping else {
                    let error = service.serverErrors.tooManyConnections(limit: configuration.maximumConnections)
                    try await outbound.write(allocator.buffer(bytes: VarlinkReply.encode(error)))
                    log.warning("refused a connection over the limit")
                    return
                }
                do {
                    for try await frame in inbound {
                        connection.busy.value.store(true, ordering: .releasing)
                        await self.answer(
                            Array(buffer: frame), peer: peer, channel: channel.channel, outbound: outbound,
                            allocator: allocator, logger: log)
                        connection.busy.value.store(false, ordering: .releasing)
                        if isStopping { break }
                    }
                } catch let error as FrameTooLarge {
                    let reply = service.serverErrors.messageTooLarge(limit: error.limit)
                    try? await outbound.write(allocator.buffer(bytes: VarlinkReply.encode(reply)))
                    log.warning("closed a connection that sent a message over the limit")
                }
            }
        } catch {
            log.debug("connection ended", metadata: ["error": "\(error)"])
        }
    }

    /// Answers one message; nothing it does can end the server.
    private func answer(
        _ message: [UInt8], peer: PeerCredentials, channel: any Channel,
        outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>,
        allocator: ByteBufferAllocator, logger: Logger
    ) async {
        let request: VarlinkRequest
        do {
            request = try VarlinkRequest(message: message)
        } catch {
            let reply = service.serverErrors.malformedMessage(reason: error.reason)
            try? await outbound.write(allocator.buffer(bytes: VarlinkReply.encode(reply)))
            return
        }
        let context = VarlinkCallContext(
            peer: peer, request: request, outbound: outbound, allocator: allocator, channel: channel,
            stopping: { [weak self] in self?.isStopping ?? true })
        do {
            if request.interface == "org.varlink.service" {
                try await answerService(request, context: context)
            } else {
                guard let interface = served.first(where: { $0.name == request.interface }) else {
                    throw VarlinkError.interfaceNotFound(request.interface)
                }
                guard interface.methods.contains(request.methodName) else {
                    throw VarlinkError.methodNotFound(request.method)
                }
                try await service.handle(request, context: context)
            }
        } catch let error as VarlinkError {
            if !request.oneway { try? await context.send(VarlinkReply.encode(error)) }
        } catch {
            logger.error("a call failed", metadata: ["call.method": "\(request.method)", "error": "\(error)"])
            let reply = service.serverErrors.internalError(reason: "\(error)")
            if !request.oneway { try? await context.send(VarlinkReply.encode(reply)) }
        }
    }

    private struct InfoReply: Encodable {
        var vendor, product, version, url: String
        var interfaces: [String]
    }

    private struct DescriptionRequest: Decodable { var interface: String }
    private struct DescriptionReply: Encodable { var description: String }

    private func answerService(_ request: VarlinkRequest, context: VarlinkCallContext) async throws {
        let all = [VarlinkInterface.service] + served
        switch request.methodName {
        case "GetInfo":
            let info = service.info
            try await context.reply(
                InfoReply(
                    vendor: info.vendor, product: info.product, version: info.version, url: info.url,
                    interfaces: all.map(\.name)))
        case "GetInterfaceDescription":
            let name = try request.parameters(DescriptionRequest.self).interface
            guard let interface = all.first(where: { $0.name == name }) else {
                throw VarlinkError.interfaceNotFound(name)
            }
            try await context.reply(DescriptionReply(description: interface.description))
        default:
            throw VarlinkError.methodNotFound(request.method)
        }
    }
}

extension Logger {
    func with(_ metadata: Logger.Metadata) -> Logger {
        var copy = self
        for (k, v) in metadata { copy[metadataKey: k] = v }
        return copy
    }
}

/// Whether a call of a connection is running; shared by its task and its idle handler.
final class BusyFlag: Sendable {
    let value = Atomic<Bool>(false)
}

/// Closes a connection that has sent nothing for the idle timeout, unless a call of it is running.
final class IdleCloser: ChannelInboundHandler, Sendable {
    typealias InboundIn = ByteBuffer
    let busy: BusyFlag

    init(busy: BusyFlag) { self.busy = busy }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if let idle = event as? IdleStateHandler.IdleStateEvent, idle == .read, !busy.value.load(ordering: .acquiring) {
            context.close(promise: nil)
            return
        }
        context.fireUserInboundEventTriggered(event)
    }
}

/// The errors a Varlink server raises itself, outside any call's method: a connection over the
/// limit, a message too large or not a Varlink call, a method that failed with an error that is
/// not a Varlink error. The server stays generic: the service names the interface that declares
/// them, and the server serves that declaration (`declaration`).
public struct VarlinkServerErrors: Sendable, Hashable {
    public static let tooManyConnections = "TooManyConnections"
    public static let messageTooLarge = "MessageTooLarge"
    public static let malformedMessage = "MalformedMessage"
    public static let internalError = "InternalError"

    /// The interface that declares them, e.g. `io.newsd`.
    public let interface: String

    public init(interface: String) { self.interface = interface }

    func tooManyConnections(limit: Int) -> VarlinkError {
        error(Self.tooManyConnections, ["limit": .integer(Int64(limit))])
    }
    func messageTooLarge(limit: Int) -> VarlinkError { error(Self.messageTooLarge, ["limit": .integer(Int64(limit))]) }
    func malformedMessage(reason: String) -> VarlinkError { error(Self.malformedMessage, ["reason": .string(reason)]) }
    func internalError(reason: String) -> VarlinkError { error(Self.internalError, ["reason": .string(reason)]) }

    private func error(_ name: String, _ parameters: [String: VarlinkValue]) -> VarlinkError {
        VarlinkError("\(interface).\(name)", parameters)
    }

    /// The interface's definition in the Varlink interface language.
    public var declaration: VarlinkInterface {
        VarlinkInterface(
            description: """
                # Errors the server answers with outside a method: a connection beyond its limit, a
                # message over its size limit or not a Varlink call, and a call that failed inside.
                # The first two close the connection.
                interface \(interface)

                error \(Self.tooManyConnections) (limit: int)
                error \(Self.messageTooLarge) (limit: int)
                error \(Self.malformedMessage) (reason: string)
                error \(Self.internalError) (reason: string)
                """)
    }
}
