import Foundation
import NewsCore
import Testing

@testable import NewsIPC

/// How a call is read off the wire, and how replies and errors are written onto it.
@Suite struct RequestCodecTests {
    func request(_ json: String) throws -> VarlinkRequest {
        try VarlinkRequest(message: Array(json.utf8))
    }

    /// The text of an encoded reply, with its NUL checked and removed.
    func text(_ bytes: [UInt8]) throws -> String {
        try #require(bytes.last == 0, "a reply ends in NUL")
        #expect(!bytes.dropLast().contains(0), "a reply has one NUL, at its end")
        return String(decoding: bytes.dropLast(), as: UTF8.self)
    }

    // MARK: - Calls

    @Test func aCallGivesItsMethodAndTypedParameters() throws {
        let call = try request(
            #"{"method":"io.newsd.Query.Totals","parameters":{"by":"investor","party":"KZ","as_of_seq":7}}"#)
        #expect(call.method == "io.newsd.Query.Totals")
        #expect(call.interface == "io.newsd.Query")
        #expect(call.methodName == "Totals")
        #expect(!call.more && !call.oneway)
        let query = try call.parameters(NewsAPI.TotalsQuery.self)
        #expect(query.by == "investor")
        #expect(query.party == "KZ")
        #expect(query.asOfSeq == 7)
        #expect(query.investor == nil && query.asOfDate == nil)
    }

    @Test func nestedParametersAreRead() throws {
        let call = try request(
            #"{"method":"io.newsd.Query.Agreements","parameters":{"parties":["AE","IN"],"value":{"currency":"USD","min":"1000000"}}}"#
        )
        let query = try call.parameters(NewsAPI.AgreementsQuery.self)
        #expect(query.parties == ["AE", "IN"])
        #expect(query.value == NewsAPI.Range(currency: "USD", min: "1000000"))
    }

    @Test func aCallWithoutParametersReadsAsAnEmptyObject() throws {
        let call = try request(#"{"method":"io.newsd.Query.Articles"}"#)
        let asOf = try call.parameters(NewsAPI.ArticlesQuery.self)
        #expect(asOf == NewsAPI.ArticlesQuery())
        // The same with null parameters.
        let withNull = try request(#"{"method":"io.newsd.Query.Articles","parameters":null}"#)
        #expect(try withNull.parameters(NewsAPI.ArticlesQuery.self) == NewsAPI.ArticlesQuery())
    }

    @Test func theMoreAndOnewayFlagsAreRead() throws {
        let stream = try request(#"{"method":"io.newsd.Log.Events","parameters":{"from":1},"more":true}"#)
        #expect(stream.more && !stream.oneway)
        let quiet = try request(#"{"method":"io.newsd.Query.Status","oneway":true}"#)
        #expect(quiet.oneway && !quiet.more)
        let neither = try request(#"{"method":"io.newsd.Query.Status","more":false,"oneway":false}"#)
        #expect(!neither.more && !neither.oneway)
    }

    @Test func aMethodWithoutAnInterfaceHasAnEmptyOne() throws {
        let call = try request(#"{"method":"Status"}"#)
        #expect(call.interface == "")
        #expect(call.methodName == "Status")
    }

    @Test func theMessageIsKeptWhole() throws {
        let json = #"{"method":"io.newsd.Query.Status","parameters":{}}"#
        #expect(try request(json).message == Array(json.utf8))
    }

    // MARK: - Messages that are not calls

    @Test(arguments: [
        ("not json at all", "not a Varlink call"),
        ("", "not a Varlink call"),
        ("[1,2,3]", "not a Varlink call"),
        (#"{"parameters":{}}"#, #"missing "method""#),
        (#"{"method":5}"#, "not a Varlink call"),
        (#"{"method":"io.newsd.Query.Status","more":"yes"}"#, "not a Varlink call"),
        (#"{"method":"io.newsd.Query.Status","upgrade":true}"#, "upgrade is not supported"),
    ])
    func aMessageThatIsNotACallIsMalformed(json: String, reason: String) throws {
        let error = #expect(throws: MalformedMessage.self) { try request(json) }
        #expect(error?.reason.contains(reason) == true, "\(json) → \(error?.reason ?? "no error")")
    }

    // MARK: - Parameters of the wrong shape

    /// The Varlink spec's `org.varlink.service.InvalidParameter` carries the parameter's name.
    @Test(arguments: [
        // A wrong type.
        (#"{"by":7}"#, "by"),
        (#"{"by":"investor","as_of_seq":"seven"}"#, "as_of_seq"),
        // A required parameter missing, with or without a parameters object.
        (#"{"party":"KZ"}"#, "by"),
        ("{}", "by"),
        // A value null where one is required.
        (#"{"by":null}"#, "by"),
        // Not an object at all.
        ("5", "parameters"),
        (#""investor""#, "parameters"),
    ])
    func aWrongParameterIsNamed(parameters: String, name: String) throws {
        let call = try request(#"{"method":"io.newsd.Query.Totals","parameters":\#(parameters)}"#)
        let error = #expect(throws: VarlinkError.self) { try call.parameters(NewsAPI.TotalsQuery.self) }
        #expect(error == .invalidParameter(name), "\(parameters) → \(String(describing: error))")
    }

    @Test func aCallWithNoParametersMissesTheRequiredOne() throws {
        let call = try request(#"{"method":"io.newsd.Query.Totals"}"#)
        #expect(throws: VarlinkError.invalidParameter("by")) { try call.parameters(NewsAPI.TotalsQuery.self) }
    }

    @Test func aWrongNestedParameterIsNamedByItsPath() throws {
        // Inside an object: the path to it.
        let inRange = try request(#"{"method":"io.newsd.Query.Agreements","parameters":{"value":{"min":5}}}"#)
        #expect(throws: VarlinkError.invalidParameter("value.min")) {
            try inRange.parameters(NewsAPI.AgreementsQuery.self)
        }
        let notAList = try request(#"{"method":"io.newsd.Query.Agreements","parameters":{"parties":"KZ"}}"#)
        #expect(throws: VarlinkError.invalidParameter("parties")) {
            try notAList.parameters(NewsAPI.AgreementsQuery.self)
        }
    }

    @Test func aWrongElementOfAListIsNamedByTheList() throws {
        // JSONDecoder names an array element "Index 1", with the number in intValue; the name
        // once came out as "parties.Index 1".
        let inList = try request(#"{"method":"io.newsd.Query.Agreements","parameters":{"parties":["KZ",5]}}"#)
        let error = #expect(throws: VarlinkError.self) { try inList.parameters(NewsAPI.AgreementsQuery.self) }
        #expect(error?.name == "org.varlink.service.InvalidParameter")
        #expect(error == .invalidParameter("parties"))
    }

    @Test func aParameterTheMethodDoesNotTakeIsIgnored() throws {
        let call = try request(#"{"method":"io.newsd.Query.Totals","parameters":{"by":"recipient","colour":"blue"}}"#)
        #expect(try call.parameters(NewsAPI.TotalsQuery.self).by == "recipient")
    }

    // MARK: - Replies

    @Test func anErrorReplyIsItsNameAndParametersWithANUL() throws {
        #expect(
            VarlinkReply.encode(.invalidParameter("by")) == Array(
                #"{"error":"org.varlink.service.InvalidParameter","parameters":{"parameter":"by"}}"#.utf8) + [0])
        #expect(
            VarlinkReply.encode(.methodNotFound("io.newsd.Query.Nothing")) == Array(
                #"{"error":"org.varlink.service.MethodNotFound","parameters":{"method":"io.newsd.Query.Nothing"}}"#.utf8
            ) + [0])
        #expect(
            VarlinkReply.encode(.interfaceNotFound("io.newsd.Nothing")) == Array(
                #"{"error":"org.varlink.service.InterfaceNotFound","parameters":{"interface":"io.newsd.Nothing"}}"#.utf8
            ) + [0])
        // An error without parameters still has an (empty) parameters object.
        #expect(
            VarlinkReply.encode(.expectedMore()) == Array(
                #"{"error":"org.varlink.service.ExpectedMore","parameters":{}}"#.utf8) + [0])
    }

    @Test func errorParametersOfEveryKindAreWrittenInKeyOrder() throws {
        let error = VarlinkError(
            "io.newsd.Ingest.ArticleTooLarge",
            [
                "size": .integer(9_000_001), "limit": .integer(8_388_608), "path": .string("a/b \"c\""),
                "retry": .bool(false), "hint": .null,
            ])
        let expected =
            #"{"error":"io.newsd.Ingest.ArticleTooLarge","parameters":{"hint":null,"limit":8388608,"path":"a/b \"c\"","retry":false,"size":9000001}}"#
        #expect(try text(VarlinkReply.encode(error)) == expected)
    }

    @Test func anErrorReplyReadsBackAsTheSameError() throws {
        struct Wire: Decodable {
            var error: String
            var parameters: [String: VarlinkValue]
        }
        let error = VarlinkError(
            "io.newsd.Query.NotFound",
            ["what": .string("fact"), "id": .string("f-1"), "count": .integer(-3), "final": .bool(true)])
        let wire = try JSONDecoder().decode(Wire.self, from: Data(VarlinkReply.encode(error).dropLast()))
        #expect(VarlinkError(wire.error, wire.parameters) == error)
    }

    @Test func aReplyAndAStreamedReplyAreWrapped() throws {
        #expect(try text(VarlinkReply.encode(Empty())) == #"{"parameters":{}}"#)
        #expect(try text(VarlinkReply.encode(Empty(), continues: true)) == #"{"continues":true,"parameters":{}}"#)
        let reply = NewsAPI.FactWritten(fact: "f-1/2", sequence: 12)
        #expect(try text(VarlinkReply.encode(reply)) == #"{"parameters":{"fact":"f-1/2","sequence":12}}"#)
    }
}
