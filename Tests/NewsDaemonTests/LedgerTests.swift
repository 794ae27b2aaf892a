import Foundation
import NewsCore
import NewsDaemon
import NewsExtract
import NewsLog
import NewsTestSupport
import SystemPackage
import Testing

/// The ledger against a state directory of its own: no daemon, no socket, no process.
@Suite struct LedgerTests {
    /// A short report of our own: two countries and one signed deal with an amount.
    static let article = """
        Chile and South Korea signed a $3 billion agreement on Tuesday to build a copper smelter near Antofagasta.
        Officials of both governments said the first furnace should open in 2027.
        """

    static let chile = Party.country(CountryCode("CL")!)
    static let korea = Party.country(CountryCode("KR")!)

    func open(_ directory: borrowing TemporaryDirectory, maximumArticleBytes: Int? = nil, snapshotEvery: UInt64? = nil)
        throws -> Ledger
    {
        var configuration = DaemonConfiguration(
            stateDirectory: directory.sub("state").string, socketPath: directory.sub("io.newsd").string)
        if let maximumArticleBytes { configuration.maximumArticleBytes = maximumArticleBytes }
        if let snapshotEvery { configuration.snapshotEvery = snapshotEvery }
        return try Ledger.open(configuration: configuration, logger: quietLogger)
    }

    /// A reader of the ledger's log, which the ledger keeps open.
    func reader(_ ledger: Ledger) async -> LogReader { await ledger.log.reader() }

    /// What a reader of the projections sees of the deal: its parties, value and status.
    func deal(in projections: Projections) -> AgreementEntry? {
        var filter = AgreementFilter()
        filter.parties = [Self.chile, Self.korea]
        return projections.agreements(filter).first
    }

    @Test func anEmptyLedgerKnowsNothing() async throws {
        let directory = try TemporaryDirectory("newsd-ledger")
        let ledger = try open(directory)
        let current = await ledger.current
        #expect(current.lastSequence == 0)
        #expect(current.allArticles.isEmpty && current.counts.facts == 0)
        #expect(current.agreements().isEmpty && current.trade().isEmpty && current.investments().isEmpty)
        await ledger.close()
        // Closing an empty ledger writes no snapshot: there is nothing to keep.
        let snapshots =
            (try? FileManager.default.contentsOfDirectory(atPath: directory.sub("state/snapshots").string)) ?? []
        #expect(snapshots.isEmpty, "\(snapshots)")
    }

    @Test func anArticleBecomesEventsAndAnAgreement() async throws {
        let directory = try TemporaryDirectory("newsd-ledger")
        let ledger = try open(directory)
        let reply = try await ledger.ingest(
            text: Self.article, source: "desk", published: "2025-03-04", actor: "uid:1000")
        #expect(!reply.duplicate)
        #expect(reply.sequence == 1)
        #expect(reply.language == "en")
        #expect(reply.article == ArticleID.of(text: Self.article))
        #expect(reply.extractor == Extractor.version)
        #expect(reply.facts >= 1)

        // The log holds the article, then one event per fact, in one append.
        let events = try await reader(ledger).records(from: 1).map { try $0.envelope() }
        #expect(events.count == 1 + reply.facts)
        #expect(events.map(\.sequence) == Array(1...UInt64(events.count)))
        #expect(events.allSatisfy { $0.actor == "uid:1000" })
        guard case .articleIngested(let stored)? = events.first?.event else {
            Issue.record("the first event is not the article: \(String(describing: events.first?.event))")
            return
        }
        #expect(stored.text == Self.article)
        #expect(stored.source == "desk" && stored.published == "2025-03-04")
        #expect(events.dropFirst().allSatisfy { if case .factExtracted = $0.event { true } else { false } })

        // The projections answer with the deal: both countries, the amount, signed.
        let current = await ledger.current
        #expect(current.lastSequence == UInt64(events.count))
        let info = try #require(current.article(reply.article))
        #expect(info.sequence == 1 && !info.retracted && info.facts.count == reply.facts)
        let agreement = try #require(deal(in: current), "no agreement of CL and KR: \(current.agreements())")
        #expect(Set(agreement.parties) == [Self.chile, Self.korea])
        #expect(agreement.value == Money(3_000_000_000, .usd))
        #expect(agreement.status == .signed)
        #expect(agreement.evidence.isEmpty && agreement.evidenceCount >= 1)
        let full = try current.withEvidence(agreement, events: await reader(ledger))
        #expect(full.evidence.count == agreement.evidenceCount)
        #expect(full.evidence.contains { $0.sentence.contains("$3 billion") })
        // An agreement of other countries is not there.
        var others = AgreementFilter()
        others.parties = [Party.country(CountryCode("FR")!)]
        #expect(current.agreements(others).isEmpty)
        await ledger.close()
    }

    @Test func aReopenedLedgerHasTheSameState() async throws {
        let directory = try TemporaryDirectory("newsd-ledger")
        let first = try open(directory)
        _ = try await first.ingest(text: Self.article, actor: "uid:0")
        let before = await first.current
        await first.close()

        // From the snapshot that close wrote.
        let fromSnapshot = try open(directory)
        #expect(await fromSnapshot.current == before)
        await fromSnapshot.close()

        // And by replaying every event, with the snapshots gone.
        try FileManager.default.removeItem(atPath: directory.sub("state/snapshots").string)
        let replayed = try open(directory)
        let after = await replayed.current
        #expect(after == before)
        #expect(after.canonicalBytes() == before.canonicalBytes())
        #expect(deal(in: after)?.value == Money(3_000_000_000, .usd))
        // The log's own replay, with no ledger code in between, agrees.
        #expect(try await reader(replayed).projections() == before)
        await replayed.close()
    }

    /// The snapshot files of the ledger's state directory.
    func snapshotFiles(_ directory: borrowing TemporaryDirectory) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory.sub("state/snapshots").string)) ?? []).sorted()
    }

    @Test func theSnapshotServiceWritesOneWhenDueAndTheLedgerALastOneAtClose() async throws {
        let directory = try TemporaryDirectory("newsd-ledger")
        let ledger = try open(directory, snapshotEvery: 4)
        let service = Task { try await ledger.snapshots.run() }
        // Three articles of our own, each an article event and its facts: more than four events.
        for place in ["Arica", "Iquique", "Calama"] {
            _ = try await ledger.ingest(
                text: "Chile and South Korea signed a $2 billion agreement to build a port in \(place).\n",
                actor: "uid:0")
        }
        let written = try await eventually(timeout: .seconds(60)) { !snapshotFiles(directory).isEmpty }
        #expect(written, "no snapshot while the service ran")
        service.cancel()
        _ = await service.result
        let whileRunning = snapshotFiles(directory)
        // Nothing after the last snapshot the service wrote? Then close writes none; else one more.
        let last = await ledger.current.lastSequence
        _ = try await ledger.ingest(
            text: "Chile and South Korea signed a $1 billion agreement on a rail line.\n", actor: "uid:0")
        await ledger.close()
        let atClose = snapshotFiles(directory)
        #expect(atClose.count > whileRunning.count, "close wrote no snapshot after seq \(last): \(atClose)")
        let reopened = try open(directory)
        #expect(await reopened.current.lastSequence > last)
        await reopened.close()
    }

    @Test func theSameArticleTwiceIsStoredOnce() async throws {
        let directory = try TemporaryDirectory("newsd-ledger")
        let ledger = try open(directory)
        let first = try await ledger.ingest(text: Self.article, actor: "uid:0")
        let state = await ledger.current
        let again = try await ledger.ingest(text: Self.article, url: "https://example.org/other", actor: "uid:1")
        #expect(again.duplicate)
        #expect(again.article == first.article)
        #expect(again.sequence == first.sequence)
        #expect(again.facts == first.facts)
        #expect(again.extractor == nil, "a duplicate is not read again")
        // Nothing was written: the log and the projections are as they were.
        #expect(await reader(ledger).lastSequence == state.lastSequence)
        #expect(await ledger.current == state)
        await ledger.close()

        // After a restart, the same article is still a duplicate.
        let reopened = try open(directory)
        let third = try await reopened.ingest(text: Self.article, actor: "uid:0")
        #expect(third.duplicate && third.sequence == first.sequence)
        #expect(await reader(reopened).lastSequence == state.lastSequence)
        await reopened.close()
    }

    @Test func aRefusedArticleWritesNothing() async throws {
        let directory = try TemporaryDirectory("newsd-ledger")
        let ledger = try open(directory, maximumArticleBytes: 64)
        let tooLarge = await #expect(throws: LedgerError.self) {
            try await ledger.ingest(text: Self.article, actor: "uid:0")
        }
        #expect(tooLarge?.code == .articleTooLarge)
        let empty = await #expect(throws: LedgerError.self) { try await ledger.ingest(text: "", actor: "uid:0") }
        #expect(empty?.code == .invalidFact)
        #expect(await reader(ledger).lastSequence == 0)
        await ledger.close()
    }

    @Test func aStopRequestEndsTheReplayAndLeavesTheLog() async throws {
        let directory = try TemporaryDirectory("newsd-ledger")
        let first = try open(directory)
        _ = try await first.ingest(text: Self.article, actor: "uid:0")
        let last = await reader(first).lastSequence
        await first.close()

        var configuration = DaemonConfiguration(
            stateDirectory: directory.sub("state").string, socketPath: directory.sub("io.newsd").string)
        configuration.snapshotEvery = 1
        let stopped = #expect(throws: ReplayStopped.self) {
            try Ledger.open(configuration: configuration, logger: quietLogger, shouldStop: { true })
        }
        #expect(stopped?.total == last)
        // The log was closed unchanged: it opens again, with every event.
        let again = try open(directory)
        #expect(await reader(again).lastSequence == last)
        #expect(deal(in: await again.current) != nil)
        await again.close()
    }
}
