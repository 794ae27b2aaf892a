import ArgumentParser
import Foundation
import NewsCore
import NewsIPC

struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log", abstract: "Read the event log.", subcommands: [Tail.self, Export.self])

    struct Tail: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show the last events; with -f, keep showing new ones.")
        @OptionGroup var connection: ConnectionOptions
        @Option(name: [.customShort("n"), .long], help: "How many events.") var lines: UInt64 = 10
        @Flag(name: .shortAndLong, help: "Keep following the log.") var follow = false

        func run() throws {
            try guarded {
                let client = try connection.connect()
                do {
                    let head = try client.call(.head, Empty(), returning: NewsAPI.LogHead.self)
                    let from = head.sequence >= lines ? head.sequence - lines + 1 : 1
                    try client.stream(
                        .events, NewsAPI.EventsCall(from: from, count: follow ? nil : lines, follow: follow),
                        returning: NewsAPI.EventReply.self
                    ) { reply in
                        if let event = reply.event {
                            printEvent(event, json: connection.json)
                            fflush(nil)
                        }
                        return true
                    }
                } catch { throw Failure(error) }
            }
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write every event as one canonical JSON line, each with its seq.")
        @OptionGroup var connection: ConnectionOptions
        @Option(help: "The first sequence number.") var from: UInt64 = 1
        @Option(name: .customLong("state-dir"), help: "Read this state directory (or a copy) instead of asking newsd.")
        var stateDirectory: String?

        func run() throws {
            try guarded {
                if let stateDirectory { return try LogCommand.exportOffline(stateDirectory, from: from) }
                let client = try connection.connect()
                var count = 0
                let progress = isatty(2) != 0 && isatty(1) == 0
                do {
                    try client.stream(.events, NewsAPI.EventsCall(from: from), returning: NewsAPI.EventReply.self) {
                        reply in
                        if let event = reply.event {
                            FileHandle.standardOutput.write(Data(event.canonicalJSON() + [0x0A]))
                            count += 1
                            if progress && count % 10_000 == 0 {
                                FileHandle.standardError.write(Data("\r\(count) events".utf8))
                            }
                        }
                        return true
                    }
                } catch { throw Failure(error) }
                if progress { FileHandle.standardError.write(Data("\r\(count) events\n".utf8)) }
            }
        }
    }
}

func printEvent(_ e: EventEnvelope, json: Bool) {
    if json {
        print(String(decoding: e.canonicalJSON(), as: UTF8.self))
        return
    }
    let summary: String =
        switch e.event {
        case .articleIngested(let a): "\(a.article.rawValue.prefix(23))… \(a.language) \(a.source ?? a.url ?? "")"
        case .factExtracted(let f):
            "\(f.id.rawValue) \(f.fact.kind.rawValue) \(Show.parties(f.fact.parties)) \(Show.money(f.fact.value))"
        case .factAsserted(let f):
            "\(f.id.rawValue) \(f.fact.kind.rawValue) \(Show.parties(f.fact.parties)) \(Show.money(f.fact.value))"
        case .factCorrected(let f): "\(f.id.rawValue) → \(Show.money(f.fact.value)): \(f.reason)"
        case .factRetracted(let f): "\(f.id.rawValue): \(f.reason)"
        case .articleRetracted(let a): "\(a.article.rawValue.prefix(23))…: \(a.reason)"
        }
    print("\(e.sequence)  \(CivilDate.timestamp(ofMicros: e.timestamp))  \(e.actor)  \(e.event.typeName)  \(summary)")
}
