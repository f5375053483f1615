public import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix
import Synchronization

/// A real HTTP/1.1 server on 127.0.0.1 for tests, answering through a handler that may misbehave on purpose.
///
/// Responses are written as raw bytes (only requests are parsed by NIO), so a
/// handler can send anything: short bodies, resets, stalls, wrong headers.
public final class FixtureServer: Sendable {
  /// A request as the handler sees it.
  public struct Request: Sendable {
    public var method: String
    /// The path with its query, for example `/simple/demo/`.
    public var path: String
    /// Header names lowercased.
    public var headers: [String: String]
    /// When the request arrived.
    public var receivedAt: Date
    /// The request body (empty for a GET).
    public var body = Data()
  }

  /// What the server does with a request.
  public enum Reply: Sendable {
    /// A well-formed response; `Content-Length` is added unless the headers set it.
    case response(status: Int, headers: [String: String], body: Data)
    /// These bytes verbatim, then the connection is closed.
    case raw(Data)
    /// Status line and headers, then silence with the connection held open.
    case stall(status: Int, headers: [String: String])
    /// Close the connection without answering.
    case reset
    /// Another reply after a delay.
    indirect case delayed(seconds: Double, Reply)
  }

  private let group: MultiThreadedEventLoopGroup
  private let channel: any Channel
  private let log = RequestLog()
  /// The bound port on 127.0.0.1.
  public let port: Int

  /// Starts a server on a free port of 127.0.0.1.
  public init(handler: @escaping @Sendable (Request) -> Reply) throws {
    let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
    let log = self.log
    let bootstrap = ServerBootstrap(group: group)
      .serverChannelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
      .childChannelInitializer { channel in
        channel.eventLoop.makeCompletedFuture {
          try channel.pipeline.syncOperations.addHandler(ByteToMessageHandler(HTTPRequestDecoder()))
          try channel.pipeline.syncOperations.addHandler(Connection(handler: handler, log: log))
        }
      }
    self.group = group
    channel = try bootstrap.bind(host: "127.0.0.1", port: 0).wait()
    port = channel.localAddress?.port ?? 0
  }

  /// `http://127.0.0.1:<port>`.
  public var origin: String { "http://127.0.0.1:\(port)" }

  /// Every request received so far.
  public var requests: [Request] { log.entries.withLock { $0 } }

  /// Stops the server.
  public func shutdown() {
    try? channel.close().wait()
    try? group.syncShutdownGracefully()
  }

  /// The response for a status, headers and body.
  public static func bytes(status: Int, headers: [String: String], body: Data, headOnly: Bool = false) -> Data {
    var head = "HTTP/1.1 \(status) \(reason(status))\r\n"
    var headers = headers
    if headers.keys.first(where: { $0.lowercased() == "content-length" }) == nil {
      headers["Content-Length"] = "\(body.count)"
    }
    for (name, value) in headers.sorted(by: { $0.key < $1.key }) { head += "\(name): \(value)\r\n" }
    head += "\r\n"
    return headOnly ? Data(head.utf8) : Data(head.utf8) + body
  }

  private static func reason(_ status: Int) -> String {
    switch status {
    case 200: "OK"
    case 202: "Accepted"
    case 206: "Partial Content"
    case 301: "Moved Permanently"
    case 302: "Found"
    case 303: "See Other"
    case 304: "Not Modified"
    case 400: "Bad Request"
    case 401: "Unauthorized"
    case 403: "Forbidden"
    case 404: "Not Found"
    case 429: "Too Many Requests"
    case 500: "Internal Server Error"
    case 502: "Bad Gateway"
    case 503: "Service Unavailable"
    default: "Status"
    }
  }

  private final class RequestLog: Sendable {
    let entries = Mutex<[Request]>([])
  }

  private final class Connection: ChannelInboundHandler, Sendable {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = ByteBuffer

    private let handler: @Sendable (Request) -> Reply
    private let log: RequestLog
    private let current = Mutex<Request?>(nil)

    init(handler: @escaping @Sendable (Request) -> Reply, log: RequestLog) {
      self.handler = handler
      self.log = log
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
      switch unwrapInboundIn(data) {
      case .head(let head):
        var headers: [String: String] = [:]
        for (name, value) in head.headers { headers[name.lowercased()] = value }
        current.withLock {
          $0 = Request(method: "\(head.method)", path: head.uri, headers: headers, receivedAt: Date())
        }
      case .body(let buffer):
        current.withLock { $0?.body.append(contentsOf: buffer.readableBytesView) }
      case .end:
        guard let request = current.withLock({ $0 }) else { return }
        log.entries.withLock { $0.append(request) }
        perform(handler(request), context: context)
      }
    }

    private func perform(_ reply: Reply, context: ChannelHandlerContext) {
      let channel = context.channel
      switch reply {
      case .response(let status, let headers, let body):
        write(FixtureServer.bytes(status: status, headers: headers, body: body), to: channel, close: false)
      case .raw(let bytes):
        write(bytes, to: channel, close: true)
      case .stall(let status, let headers):
        write(
          FixtureServer.bytes(status: status, headers: headers, body: Data(), headOnly: true), to: channel, close: false
        )
      case .reset:
        channel.close(promise: nil)
      case .delayed(let seconds, let inner):
        let loop = context.eventLoop
        let boxed = NIOLoopBound(context, eventLoop: loop)
        loop.scheduleTask(in: .milliseconds(Int64(seconds * 1000))) {
          self.perform(inner, context: boxed.value)
        }
      }
    }

    private func write(_ bytes: Data, to channel: any Channel, close: Bool) {
      let buffer = channel.allocator.buffer(bytes: bytes)
      let written = channel.writeAndFlush(buffer)
      if close { written.whenComplete { _ in channel.close(promise: nil) } }
    }
  }
}
