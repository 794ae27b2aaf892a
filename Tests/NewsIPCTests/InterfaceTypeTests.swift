import Foundation
import NewsCore
import NewsTestSupport
import Testing

@testable import NewsIPC

/// The interface definitions as types: each reads by the Varlink grammar with every type it uses
/// declared, no answer is a bare `object`, and the wire's keys are snake_case in both directions.
/// (EndToEndTests/ReplyTypeTests holds newsd's live replies to these types.)
@Suite struct InterfaceTypeTests {
    static let served = NewsInterfaces.all + [VarlinkInterface.service]

    @Test(arguments: served.map(\.name))
    func eachDefinitionReadsWithEveryTypeDeclared(name: String) throws {
        let served = try #require(Self.served.first { $0.name == name })
        let idl = try VarlinkIDL(parsing: served.description)
        #expect(idl.name == served.name)
        #expect(Set(idl.methods.keys) == served.methods)
        #expect(Set(idl.errors.keys) == served.errors)
    }

    @Test(arguments: NewsInterfaces.all.map(\.name))
    func noMethodTakesOrGivesAnUntypedObject(name: String) throws {
        let idl = try VarlinkIDL(parsing: try #require(NewsInterfaces.all.first { $0.name == name }).description)
        func untyped(_ kind: VarlinkIDL.Kind) -> Bool {
            switch kind {
            case .object: true
            case .named(let type): untyped(idl.types[type]!)
            case .array(let inner), .map(let inner), .optional(let inner): untyped(inner)
            case .structure(let fields): fields.contains { untyped($0.kind) }
            default: false
            }
        }
        for (method, signature) in idl.methods {
            for field in signature.input + signature.output {
                #expect(!untyped(field.kind), "\(name).\(method): \(field.name) is \(field.kind)")
            }
        }
    }

    @Test(arguments: NewsInterfaces.all.map(\.name))
    func everyNameOnTheWireIsSnakeCase(name: String) throws {
        let idl = try VarlinkIDL(parsing: try #require(NewsInterfaces.all.first { $0.name == name }).description)
        var names: [String] = []
        func collect(_ kind: VarlinkIDL.Kind) {
            if case .structure(let fields) = kind { names += fields.map(\.name) }
        }
        idl.types.values.forEach(collect)
        for signature in idl.methods.values { names += (signature.input + signature.output).map(\.name) }
        for fields in idl.errors.values { names += fields.map(\.name) }
        let camel = names.filter { $0.contains(where: \.isUppercase) }
        #expect(camel.isEmpty, "\(name): \(camel)")
    }

    // MARK: - The checker itself

    static let sample = """
        # A test interface.
        interface org.example.test

        type Colour (red, green)
        type Item (name: string, count: int, weight: ?float, colour: Colour, tags: []string, notes: [string]int)
        method Get(id: string) -> (item: Item, more: ?[]Item)
        error Missing (id: string)
        """

    func problems(_ json: String) throws -> [String] {
        let idl = try VarlinkIDL(parsing: Self.sample)
        return idl.problems(
            in: try JSONValue(parsing: Array(json.utf8)), fields: try #require(idl.methods["Get"]).output, at: "Get")
    }

    @Test func aReplyThatHoldsToItsTypeHasNoProblems() throws {
        let good = #"{"item":{"name":"a","count":2,"weight":1.5,"colour":"red","tags":[],"notes":{"x":1}}}"#
        #expect(try problems(good) == [])
        let alsoGood =
            #"{"item":{"name":"a","count":2,"weight":3,"colour":"green","tags":["t"],"notes":{}},"more":null}"#
        #expect(try problems(alsoGood) == [])
    }

    @Test func theCheckerFindsEachKindOfDeparture() throws {
        let base = #"{"name":"a","count":2,"colour":"red","tags":[],"notes":{}"#
        #expect(try problems(#"{"item":\#(base),"camelCase":1}}"#) == ["Get.item.camelCase: not declared"])
        #expect(try problems(#"{"item":{"name":"a","colour":"red","tags":[],"notes":{}}}"#).count == 1)
        #expect(
            try problems(#"{"item":\#(base),"weight":"heavy"}}"#) == ["Get.item.weight: string where float is required"]
        )
        #expect(try problems(#"{"item":{"name":"a","count":2.5,"colour":"red","tags":[],"notes":{}}}"#).count == 1)
        #expect(try problems(#"{"item":{"name":"a","count":2,"colour":"blue","tags":[],"notes":{}}}"#).count == 1)
        #expect(try problems(#"{"item":{"name":"a","count":2,"colour":"red","tags":[1],"notes":{}}}"#).count == 1)
        #expect(try problems(#"{"item":{"name":"a","count":true,"colour":"red","tags":[],"notes":{}}}"#).count == 1)
        #expect(try problems(#"{"item":null}"#) == ["Get.item: null where Item is required"])
        #expect(try problems(#"{"item":\#(base)},"more":[{}]}"#).count == 5)
    }

    @Test func theParserRefusesWhatTheGrammarDoesNot() {
        #expect(throws: VarlinkIDL.SyntaxError.self) {
            try VarlinkIDL(parsing: "interface a.b\ntype T (x: int)\nmethod T() -> ()")
        }
        #expect(throws: VarlinkIDL.SyntaxError.self) {
            try VarlinkIDL(parsing: "interface a.b\nmethod M() -> (x: Unknown)")
        }
        #expect(throws: VarlinkIDL.SyntaxError.self) { try VarlinkIDL(parsing: "interface a.b\nmethod M() -> (x: int") }
        #expect(throws: VarlinkIDL.SyntaxError.self) { try VarlinkIDL(parsing: "method M() -> ()") }
    }

    // MARK: - Keys in both directions

    static let agreement = Fact.agreement(
        Agreement(
            parties: [.country(CountryCode("EG")!), .country(CountryCode("JP")!)], kind: .mou, title: "Ports",
            status: .signed, brokeredBy: .country(CountryCode("US")!)))

    @Test func factsGoOutInSnakeCase() throws {
        let json = String(
            decoding: try JSONEncoder().encode(NewsAPI.RecordCall(fact: Self.agreement, clientID: "c")), as: UTF8.self)
        #expect(json.contains(#""brokered_by":"US""#) && json.contains(#""client_id":"c""#), "\(json)")
        #expect(!json.contains("brokeredBy") && !json.contains("clientID"))
    }

    /// A client of the releases before the typed interfaces still writes `brokeredBy`; newsd reads both.
    @Test(arguments: ["brokered_by", "brokeredBy"])
    func aRecordCallReadsEitherSpelling(key: String) throws {
        let call = try VarlinkRequest(
            message: Array(
                #"{"method":"io.newsd.Ingest.Record","parameters":{"fact":{"agreement":{"parties":["EG","JP"],"kind":"mou","title":"Ports","status":"signed","sectors":[],"\#(key)":"US"}}}}"#
                    .utf8))
        #expect(try call.parameters(NewsAPI.RecordCall.self).fact == Self.agreement)
    }

    @Test func anEventExportedBeforeTheTypedInterfacesStillReads() throws {
        let old =
            #"{"actor":"uid:0","data":{"article":"sha256:00","confidence":0.5,"evidence":[],"extractorVersion":"newsd-extract/3","fact":{"investment":{"companyCount":{"qualifier":"exact","value":5},"cumulative":true,"investor":"JP","recipient":"EG"}},"id":"f-1","supersedes":[]},"schema_version":1,"seq":2,"time":"2025-01-01T00:00:00.000000Z","timestamp":1735689600000000,"type":"FactExtracted"}"#
        let envelope = try EventEnvelope(canonicalJSON: Array(old.utf8))
        guard case .factExtracted(let e) = envelope.event, case .investment(let i) = e.fact else {
            Issue.record("not an extracted investment: \(envelope.event)")
            return
        }
        #expect(e.extractorVersion == "newsd-extract/3")
        #expect(i.companyCount == InvestmentFigure.Count(5))
        let now = String(decoding: envelope.canonicalJSON(), as: UTF8.self)
        #expect(
            now.contains(#""extractor_version":"newsd-extract/3""#) && now.contains(#""company_count":{"#), "\(now)")
    }
}
