import ArgumentParser
import Foundation
import NewsCore
import NewsIPC
import NewsLog
import SystemPackage

/// Opens a state directory's log read-only (it may be a copy, or in use by newsd).
func openOfflineLog(_ stateDirectory: String) throws -> LogReader {
    do { return try LogReader.open(directory: StateDirectory(stateDirectory).log) } catch {
        throw Failure("\(error)", code: 1)
    }
}

/// Reads a state directory's log into projections, read-only, as of a point; with the reader,
/// from which they read the evidence and history they leave in the log.
func offlineProjections(_ stateDirectory: String, asOf: AsOf?) throws -> (Projections, LogReader) {
    let reader = try openOfflineLog(stateDirectory)
    return (try reader.projections(asOf: asOf), reader)
}

/// The three projections as they stood at a point.
struct ReplayPicture: Codable {
    enum CodingKeys: String, CodingKey {
        case asOf = "as_of"
        case agreements, trade, investments
    }

    var asOf: UInt64
    var agreements: [NewsAPI.AgreementItem]
    var trade: [NewsAPI.TradeItem]
    var investments: [NewsAPI.InvestmentItem]
}

struct Replay: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "Show the agreements, trade figures and investment totals as they stood at a date or sequence number.",
        discussion: "With --state-dir it replays the log itself, read-only and without newsd; without, newsd answers.")
    @Option(name: .customLong("as-of"), help: "A YYYY-MM-DD date (its end, UTC) or a sequence number.") var asOf: String
    @Option(name: .customLong("state-dir"), help: "Replay this state directory offline.") var stateDirectory: String?
    @Option(help: "newsd's socket, for an online replay.") var socket: String?
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        try guarded {
            let sequence = UInt64(asOf)
            let point: AsOf
            if let sequence {
                point = .sequence(sequence)
            } else {
                guard let day = CivilDate(asOf) else {
                    throw Failure("--as-of: \"\(asOf)\" is neither a YYYY-MM-DD date nor a sequence number", code: 2)
                }
                point = AsOf.endOfDay(day)
            }
            let picture: ReplayPicture
            if let stateDirectory {
                let (p, reader) = try offlineProjections(stateDirectory, asOf: point)
                picture = ReplayPicture(
                    asOf: p.lastSequence,
                    agreements: try p.withEvidence(p.agreements(), events: reader).map { .init($0, full: true) },
                    trade: p.trade().map { .init($0, full: true) },
                    investments: p.investments().map { .init($0, full: true) })
            } else {
                var connection = ConnectionOptions()
                connection.socket = socket
                var a = NewsAPI.AgreementsQuery()
                var t = NewsAPI.TradeQuery()
                var i = NewsAPI.InvestmentsQuery()
                (a.asOfSeq, t.asOfSeq, i.asOfSeq) = (sequence, sequence, sequence)
                let date = sequence == nil ? asOf : nil
                (a.asOfDate, t.asOfDate, i.asOfDate) = (date, date, date)
                let all = ListPaging(limit: nil)
                (a.evidence, t.evidence, i.evidence) = (true, true, true)
                let agreements = try connection.list(.agreements, a, all, returning: NewsAPI.AgreementsReply.self)
                // The other lists as of the same point, however the ledger moves meanwhile.
                (t.asOfSeq, t.asOfDate, i.asOfSeq, i.asOfDate) = (agreements.asOf, nil, agreements.asOf, nil)
                let trade = try connection.list(.trade, t, all, returning: NewsAPI.TradeReply.self)
                let investments = try connection.list(.investments, i, all, returning: NewsAPI.InvestmentsReply.self)
                picture = ReplayPicture(
                    asOf: agreements.asOf, agreements: agreements.items, trade: trade.items,
                    investments: investments.items)
            }
            if json { return try printJSON(picture) }
            print("as of seq \(picture.asOf)")
            print("agreements:")
            for e in picture.agreements {
                print(
                    "  \(e.id)  \(Show.parties(e.parties))  \(e.kind.rawValue)  \(e.status.rawValue)  \(Show.money(e.value))  \(e.title)"
                )
            }
            print("trade:")
            for e in picture.trade {
                print(
                    "  \(Show.parties(e.parties))  \(e.direction.rawValue)  \(e.period ?? "-")  \(e.commodity ?? "-")  \(Show.money(e.latest?.value))  \(e.reportCount) reports"
                )
            }
            print("investments:")
            for e in picture.investments {
                print(
                    "  \(e.investor)→\(e.recipient)  stock \(Show.money(e.latestStock?.value))  \(e.dealCount) deals")
            }
        }
    }
}

extension LogCommand {
    /// `log export --state-dir`: the same lines as through newsd, read from the directory itself.
    static func exportOffline(_ stateDirectory: String, from: UInt64) throws {
        try openOfflineLog(stateDirectory).forEachRecord(from: from) { record in
            FileHandle.standardOutput.write(Data(try record.envelope().canonicalJSON() + [0x0A]))
        }
    }
}
