import Foundation
import NewsIPC
import NewsTestSupport
import Testing

/// Every reply of every method, and every error, holds to the type its interface declares: the
/// definitions as newsd serves them (GetInterfaceDescription), read by a parser of the test's own
/// (VarlinkIDL) that knows every type, not only the names.
@Suite struct ReplyTypeTests {
    // A short article of the test's own with one fact of each kind.
    static let article = """
        Egypt and Japan sign accords in Cairo
        CAIRO, March 3 (Wire) - Egypt and Japan signed an agreement worth $1.5 billion to build a desalination plant on Sunday, the ministry said.
        Trade between Egypt and Japan reached $2.1 billion in 2024, up 12 percent from a year earlier.
        Japanese investments in Egypt have reached $3 billion, with more than 50 Japanese companies operating in the country.
        """
    static let second = "Trade between Chile and Peru reached $4 billion in 2024."

    // Facts with every optional member given, so that every declared type is reached.
    static let agreement = """
        {"agreement": {"parties": ["EG", "JP"], "kind": "mou", "title": "Port works", "status": "signed",
         "value": {"amount": "100000000", "currency": "USD", "qualifier": "range", "upper": "200000000"},
         "sectors": ["ports"], "date": "2025-03-01", "brokered_by": "US"}}
        """
    static let trade = """
        {"trade": {"parties": ["EG", "JP"], "direction": "exports", "period": "2024", "commodity": "cars",
         "value": {"amount": "700000000", "currency": "USD", "qualifier": "about"},
         "share": {"percent": 12.5, "qualifier": "about", "of": "Egypt's imports"},
         "change": {"text": "up a fifth", "factor": 1.2, "percent": 20}}}
        """
    static let investment = """
        {"investment": {"investor": "JP", "recipient": "EG", "cumulative": false, "rank": 2, "period": "2024",
         "value": {"amount": "90000000", "currency": "EUR", "qualifier": "exact"},
         "share": {"percent": 3, "qualifier": "exact"}, "company_count": {"value": 50, "qualifier": "more-than"}}}
        """

    @Test func everyMethodsRepliesHoldToTheirDeclaredTypes() async throws {
        let daemon = try await Daemon()
        defer { daemon.remove() }
        let session = try await offPool { [socket = daemon.socket] in try Session(socket: socket) }
        try await offPool { try session.writeAndAsk() }
        // Checkpoints are signed as newsd stops; a new newsd serves the last one.
        #expect(await daemon.stop() == 0)
        let again = try await Daemon(directory: daemon.directory)
        defer { again.stopInBackground() }
        try await offPool { [socket = again.socket] in
            try session.reconnect(socket)
            try session.call(.checkpoint, "{}")
        }

        #expect(session.problems.isEmpty, "\(session.problems.joined(separator: "\n"))")
        let missing = NewsMethod.all.filter { !session.answered.contains($0.qualified) }
        #expect(missing.isEmpty, "no reply was checked for \(missing.map(\.qualified))")
        #expect(
            session.errors.isSuperset(of: [
                "io.newsd.Query.NotFound", "io.newsd.Query.InvalidQuery", "io.newsd.Ingest.InvalidFact",
                "io.newsd.Ingest.NotFound", "io.newsd.Log.NotFound", "io.newsd.Log.OutOfRange",
                "org.varlink.service.InvalidParameter", "org.varlink.service.InterfaceNotFound",
                "org.varlink.service.MethodNotFound",
            ]), "errors seen: \(session.errors.sorted())")
    }

    /// A Varlink connection that checks every reply against the definitions it read first. One
    /// thread uses it at a time.
    final class Session: @unchecked Sendable {
        var client: VarlinkClient
        var interfaces: [String: VarlinkIDL] = [:]
        var problems: [String] = []
        var answered: Set<String> = []
        var errors: Set<String> = []
        /// The last error reply, whole.
        var lastError: JSONValue?

        init(socket: String) throws {
            client = try VarlinkClient(path: socket)
            try readDefinitions()
        }

        func reconnect(_ socket: String) throws {
            client = try VarlinkClient(path: socket)
            try readDefinitions()
        }

        func readDefinitions() throws {
            let info = try call("org.varlink.service.GetInfo", "{}")[0]
            guard case .array(let names)? = info["interfaces"] else { throw Failure("GetInfo names no interfaces") }
            for case .string(let name) in names {
                let reply = try call("org.varlink.service.GetInterfaceDescription", #"{"interface":"\#(name)"}"#)
                guard let text = reply[0]["description"]?.string else { throw Failure("no description of \(name)") }
                interfaces[name] = try VarlinkIDL(parsing: text)
            }
            for interface in NewsInterface.allCases where interfaces[interface.rawValue] == nil {
                throw Failure("\(interface.rawValue) is not served")
            }
            // The service's own replies, now that its definition is read.
            try call("org.varlink.service.GetInfo", "{}")
            try call("org.varlink.service.GetInterfaceDescription", #"{"interface":"io.newsd.Log"}"#)
        }

        /// Calls a method and checks each of its replies; returns the replies' parameters.
        @discardableResult
        func call(_ method: NewsMethod, _ parameters: String, more: Bool = false) throws -> [JSONValue] {
            try call(method.qualified, parameters, more: more)
        }

        @discardableResult
        func call(_ method: String, _ parameters: String, more: Bool = false) throws -> [JSONValue] {
            let call = #"{"method":"\#(method)","parameters":\#(parameters)\#(more ? #","more":true"# : "")}"#
            try client.sendRaw(Array(call.utf8) + [0])
            var replies: [JSONValue] = []
            let checking = !interfaces.isEmpty
            while true {
                let reply = try JSONValue(parsing: try client.receiveRaw())
                let dot = method.lastIndex(of: ".")!
                let interface = String(method[..<dot])
                if !checking {
                    replies.append(reply["parameters"] ?? .object([:]))
                    return replies
                }
                if let error = reply["error"]?.string {
                    errors.insert(error)
                    lastError = reply
                    check(error: error, reply["parameters"] ?? .object([:]))
                    return replies
                }
                let parameters = reply["parameters"] ?? .object([:])
                if let declared = interfaces[interface]?.methods[String(method[method.index(after: dot)...])] {
                    problems += interfaces[interface]!.problems(in: parameters, fields: declared.output, at: method)
                    answered.insert(method)
                } else {
                    problems.append("\(method) answered but is not declared")
                }
                replies.append(parameters)
                guard case .bool(true)? = reply["continues"] else { return replies }
            }
        }

        func check(error: String, _ parameters: JSONValue) {
            let dot = error.lastIndex(of: ".")!
            let interface = String(error[..<dot])
            guard let idl = interfaces[interface], let fields = idl.errors[String(error[error.index(after: dot)...])]
            else { return problems.append("the error \(error) is not declared") }
            problems += idl.problems(in: parameters, fields: fields, at: error)
        }

        /// Writes one fact of each kind, in an article and by hand, and asks every question.
        func writeAndAsk() throws {
            let article = try call(
                .ingest,
                encode([
                    "text": Self.encodeString(ReplyTypeTests.article), "url": #""https://example.org/a""#,
                    "source": #""wire""#, "published": #""2025-03-03""#,
                ]))
            let articleID = try require(article.first?["article"]?.string, "Ingest gave no article")
            let other = try require(
                try call(.ingest, encode(["text": Self.encodeString(ReplyTypeTests.second)])).first?["article"]?.string,
                "Ingest gave no article")
            var facts: [String] = []
            for (i, fact) in [ReplyTypeTests.agreement, ReplyTypeTests.trade, ReplyTypeTests.investment].enumerated() {
                let reply = try call(.record, #"{"fact":\#(fact),"note":"by hand","client_id":"types-\#(i)"}"#)
                facts.append(try require(reply.first?["fact"]?.string, "Record gave no fact"))
            }
            let corrected = ReplyTypeTests.trade.replacingOccurrences(of: "700000000", with: "750000000")
            try call(.correct, #"{"fact":"\#(facts[1])","replacement":\#(corrected),"reason":"a typo"}"#)

            try call(.status, "{}")
            try call(.agreements, "{}")
            try call(.agreements, #"{"evidence":true}"#)
            try call(.agreements, #"{"parties":["EG"],"as_of_seq":3}"#)
            // A page that is not the last gives a cursor, which gives the next page.
            let first = try call(.agreements, #"{"limit":1}"#)
            let next = try require(first.first?["next"]?.string, "a one-entry page of two agreements gave no next")
            try call(.agreements, #"{"limit":1,"evidence":true,"after":"\#(next)"}"#)
            try call(.trade, "{}")
            try call(.trade, #"{"evidence":true,"limit":1}"#)
            try call(.investments, "{}")
            try call(.investments, #"{"evidence":true}"#)
            try call(.totals, #"{"by":"investor"}"#)
            try call(.totals, #"{"by":"recipient"}"#)
            try call(.fact, #"{"id":"\#(facts[0])"}"#)
            try call(.fact, #"{"id":"\#(facts[1])"}"#)
            try call(.articles, "{}")
            let articles = try call(.articles, #"{"limit":1}"#)
            let after = try require(articles.first?["next"]?.string, "a one-article page of two gave no next")
            try call(.articles, #"{"limit":1,"after":"\#(after)"}"#)
            try call(.retract, #"{"fact":"\#(facts[2])","reason":"wrong pair"}"#)
            try call(.retractArticle, #"{"article":"\#(other)","reason":"withdrawn"}"#)
            try call(.reextract, #"{"article":"\#(articleID)","force":true}"#)
            try call(.fact, #"{"id":"\#(facts[2])"}"#)

            try call(.head, "{}")
            try call(.root, "{}")
            try call(.prove, #"{"seq":3}"#)
            try call(.prove, #"{"seq":2,"tree_size":4}"#)
            try call(.consistency, #"{"first":2}"#)
            try call(.verify, "{}")
            try call(.events, #"{"from":1}"#, more: true)

            // Errors, each checked against its declaration.
            try call(.fact, #"{"id":"f-0000000000000000"}"#)
            try call(.agreements, #"{"kind":"treaty"}"#)
            try call(.trade, #"{"after":"\#(next)"}"#)
            try call(.investments, #"{"limit":0}"#)
            try call(.record, #"{"fact":{"trade":{"parties":["EG"],"direction":"total"}}}"#)
            try call(.retract, #"{"fact":"f-0000000000000000","reason":"none"}"#)
            try call(.prove, #"{"seq":100000}"#)
            try call(.checkpoint, "{}")
            try call(.prove, #"{"seq":"three"}"#)
            // A date that is no date is refused at the wire, before the ledger (which takes dates typed).
            try call(.ingest, #"{"text":"Chile and Peru signed a deal.","published":"4 March"}"#)
            guard lastError?["error"]?.string == "io.newsd.Ingest.InvalidFact",
                lastError?["parameters"]?["reason"]?.string?.contains("published") == true
            else { throw Failure("a bad publication date gave \(String(describing: lastError))") }
            try call("io.newsd.Query.Nothing", "{}")
            try call("io.nowhere.Thing", "{}")
        }

        func encode(_ members: [String: String]) -> String {
            "{" + members.sorted { $0.key < $1.key }.map { "\"\($0.key)\":\($0.value)" }.joined(separator: ",") + "}"
        }

        static func encodeString(_ s: String) -> String {
            String(decoding: try! JSONEncoder().encode(s), as: UTF8.self)
        }

        func require(_ value: String?, _ what: String) throws -> String {
            guard let value else { throw Failure(what) }
            return value
        }
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }
}
