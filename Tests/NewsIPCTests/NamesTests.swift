import NewsIPC
import Testing

/// The table of names (`NewsMethod`, `NewsErrorName`) and the interface definitions newsd serves
/// say the same thing: every method and error the table names is declared, and nothing else is.
@Suite struct NamesTests {
    @Test(arguments: NewsInterface.allCases)
    func eachDefinitionDeclaresExactlyTheTablesMethodsAndErrors(interface: NewsInterface) throws {
        let served = try #require(
            NewsInterfaces.all.first { $0.name == interface.rawValue }, "\(interface.rawValue) is not served")
        let methods = Set(NewsMethod.all.filter { $0.interface == interface }.map(\.name))
        let errors = Set(NewsErrorName.all.filter { $0.interface == interface.rawValue }.map(\.name))
        #expect(
            served.methods == methods,
            "declared but not in the table: \(served.methods.subtracting(methods)); in the table only: \(methods.subtracting(served.methods))"
        )
        #expect(
            served.errors == errors,
            "declared but not in the table: \(served.errors.subtracting(errors)); in the table only: \(errors.subtracting(served.errors))"
        )
    }

    @Test func everyServedInterfaceIsInTheTable() {
        #expect(Set(NewsInterfaces.all.map(\.name)) == Set(NewsInterface.allCases.map(\.rawValue)))
    }

    @Test func theProtocolsOwnErrorsAreTheOnesItDeclares() {
        let service = VarlinkInterface.service
        let inTable = Set(NewsErrorName.all.filter { $0.interface == service.name }.map(\.name))
        #expect(inTable == service.errors)
    }

    @Test func theServersOwnErrorsAreDeclaredWhereTheyAreNamed() {
        let declared = NewsErrorName.server.declaration
        #expect(declared.name == NewsInterface.server.rawValue)
        #expect(declared.errors == ["TooManyConnections", "MessageTooLarge", "MalformedMessage", "InternalError"])
        #expect(declared.methods.isEmpty)
        #expect(NewsErrorName.tooManyConnections.qualified == "io.newsd.TooManyConnections")
    }

    @Test func namesAreUniqueAndQualified() {
        let methods = NewsMethod.all.map(\.qualified)
        #expect(Set(methods).count == methods.count)
        let errors = NewsErrorName.all.map(\.qualified)
        #expect(Set(errors).count == errors.count)
        #expect(NewsMethod.retractArticle.qualified == "io.newsd.Ingest.RetractArticle")
        #expect(NewsMethod.named("io.newsd.Log", "Prove") == .prove)
        #expect(NewsMethod.named("io.newsd.Log", "Agreements") == nil)
    }

    /// newsctl's documented exit codes: 2 invalid input, 3 not found, 4 permission denied, 1 other.
    @Test func exitCodesFollowTheDocumentedRule() {
        for interface in [NewsInterface.query, .ingest, .log] {
            #expect(NewsErrorName.exitCode(of: "\(interface.rawValue).NotFound") == 3)
        }
        #expect(NewsErrorName.exitCode(of: "io.newsd.Ingest.PermissionDenied") == 4)
        #expect(NewsErrorName.exitCode(of: "org.varlink.service.PermissionDenied") == 4)
        for invalid in [
            "io.newsd.Query.InvalidQuery", "io.newsd.Ingest.InvalidFact", "io.newsd.Ingest.ArticleTooLarge",
            "org.varlink.service.InvalidParameter",
        ] {
            #expect(NewsErrorName.exitCode(of: invalid) == 2, "\(invalid)")
        }
        #expect(NewsErrorName.exitCode(of: "org.varlink.service.MethodNotFound") == 3)
        #expect(NewsErrorName.exitCode(of: "io.newsd.Ingest.DiskFull") == 1)
        // A name no interface declares (say, from a newer newsd) is a plain failure.
        #expect(NewsErrorName.exitCode(of: "io.newsd.Query.SomethingNew") == 1)
        #expect(NewsErrorName.exitCode(of: "InvalidQuery") == 1)
    }

    @Test func anErrorNameMakesItsReply() {
        let error = NewsErrorName.notFound(.log)(["what": .string("checkpoint")])
        #expect(error.name == "io.newsd.Log.NotFound")
        #expect(error.parameters == ["what": .string("checkpoint")])
    }
}
