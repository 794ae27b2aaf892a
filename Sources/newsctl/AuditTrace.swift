import ArgumentParser
import Foundation
import NewsCore
import NewsIPC

/// How a figure came to be: the projection entry, its facts' events, the article, the sentences.
struct TraceReport: Codable {
    var fact: FactRecord
    var agreement: NewsAPI.AgreementItem?
    var article: ArticleInfo?
}

extension Audit {
    struct Trace: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Trace a fact back to its events, its article and its sentences.")
        @Argument(help: "The fact's id (as in `newsctl agreements`, `trade --json`, `investments --json`).") var id:
            String
        @Option(name: .customLong("state-dir"), help: "Trace in this state directory offline.") var stateDirectory:
            String?
        @Option(help: "newsd's socket, for an online trace.") var socket: String?
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try guarded {
                let report: TraceReport
                if let stateDirectory {
                    let (p, reader) = try offlineProjections(stateDirectory, asOf: nil)
                    guard let fact = try p.fact(FactID(id), events: reader) else {
                        throw Failure("not found: fact \(id)", code: 3)
                    }
                    report = TraceReport(
                        fact: fact,
                        agreement: try p.agreement(containing: fact.id).map {
                            NewsAPI.AgreementItem(try p.withEvidence($0, events: reader), full: true)
                        },
                        article: fact.article.flatMap(p.article))
                } else {
                    var connection = ConnectionOptions()
                    connection.socket = socket
                    let reply = try connection.call(.fact, NewsAPI.FactQuery(id: id), returning: NewsAPI.FactReply.self)
                    report = TraceReport(
                        fact: reply.fact, agreement: reply.agreement,
                        article: try reply.fact.article.flatMap { try connection.article($0, asOf: reply.asOf) })
                }
                if json { return try printJSON(report) }
                let f = report.fact
                if let a = report.agreement {
                    print(
                        "agreement \(a.id): \(Show.parties(a.parties)), \(a.kind.rawValue), \(a.status.rawValue), \(Show.money(a.value)) — \(a.factCount) facts"
                    )
                }
                print(
                    "fact \(f.id.rawValue) (\(f.state.rawValue)): \(f.fact.kind.rawValue) \(Show.parties(f.fact.parties)) \(Show.money(f.fact.value))"
                )
                for step in f.history {
                    print(
                        "  event seq \(step.sequence)  \(CivilDate.timestamp(ofMicros: step.timestamp))  \(step.action.rawValue) by \(step.actor)"
                            + (step.reason.map { " — \($0)" } ?? ""))
                }
                if let a = report.article {
                    print(
                        "  article \(a.article.rawValue), ingested at seq \(a.sequence), \(a.language)"
                            + (a.published.map { ", published \($0)" } ?? "")
                            + (a.source.map { ", \($0)" } ?? "") + (a.url.map { ", \($0)" } ?? "")
                            + (a.retracted ? ", RETRACTED" : ""))
                }
                for e in f.evidence { print("  sentence [\(e.start), \(e.end)): \(e.sentence)") }
                if let v = f.extractorVersion {
                    print("  read by \(v)" + (f.confidence.map { ", confidence \($0)" } ?? ""))
                }
            }
        }
    }
}

extension ConnectionOptions {
    /// An article's record, looked for page by page, as of `asOf`.
    func article(_ id: ArticleID, asOf: UInt64) throws -> ArticleInfo? {
        var query = NewsAPI.ArticlesQuery(asOfSeq: asOf)
        query.limit = NewsAPI.pageLimits.maximum
        while true {
            let page = try call(.articles, query, returning: NewsAPI.ArticlesReply.self)
            if let found = page.articles.first(where: { $0.article == id }) { return found }
            guard let next = page.next else { return nil }
            query.after = next
        }
    }
}
