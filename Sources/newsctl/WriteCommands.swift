import ArgumentParser
import Foundation
import NewsCore
import NewsIPC

struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Ingest articles: files, directories (their .txt files) or - for stdin.",
        discussion: "Each article is stored once: the same text again is reported as a duplicate.")
    @OptionGroup var connection: ConnectionOptions
    @Argument(help: "Article files, directories, or - for standard input.") var paths: [String]
    @Option(help: "Where the article was published online.") var url: String?
    @Option(help: "The outlet, e.g. a newspaper's name.") var source: String?
    @Option(help: "Publication date, YYYY-MM-DD.") var published: String?

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one file, directory or -") }
        if let published, !CivilDate.isValid(published) {
            throw ValidationError("--published: \"\(published)\" is not a YYYY-MM-DD date")
        }
    }

    func run() throws {
        try guarded {
            var files: [String] = []
            for path in paths {
                var isDirectory: ObjCBool = false
                if path != "-" && FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
                    && isDirectory.boolValue
                {
                    let names = try FileManager.default.contentsOfDirectory(atPath: path).filter {
                        $0.hasSuffix(".txt")
                    }.sorted()
                    files += names.map { path + "/" + $0 }
                } else {
                    files.append(path)
                }
            }
            let client = try connection.connect()
            let progress = isatty(2) != 0 && !connection.json && files.count > 1
            var replies: [NewsAPI.IngestReply] = []
            for (i, file) in files.enumerated() {
                let data = try ArticleInput.read(file, limit: ArticleInput.ingestLimit)
                guard let text = String(data: data, encoding: .utf8) else {
                    throw Failure("\(file) is not UTF-8 text", code: 2)
                }
                let reply: NewsAPI.IngestReply
                do {
                    reply = try client.call(
                        .ingest, NewsAPI.IngestCall(text: text, url: url, source: source, published: published))
                } catch { throw Failure(error) }
                replies.append(reply)
                if progress { FileHandle.standardError.write(Data("\r\(i + 1)/\(files.count) articles".utf8)) }
                if !connection.json {
                    let note =
                        reply.duplicate
                        ? "duplicate of seq \(reply.sequence)"
                        : "seq \(reply.sequence), \(reply.language), \(reply.facts) facts"
                    print("\(file): \(reply.article) (\(note))")
                }
            }
            if progress { FileHandle.standardError.write(Data("\n".utf8)) }
            if connection.json { try printJSON(replies) }
        }
    }
}

/// How an amount is given on the command line.
struct MoneyOptions: ParsableArguments {
    @Option(help: "The amount, e.g. 1.1e9, 1.1bn, 500m, 1100000000.") var value: String?
    @Option(help: "ISO 4217 currency of the amount.") var currency: String = "USD"
    @Option(help: "exact, about, more-than, up-to, less-than or range.") var qualifier: String = "exact"
    @Option(help: "The upper end of a range.") var upper: String?

    func money() throws -> Money? {
        guard let value else { return nil }
        guard let amount = AmountText.parse(value) else {
            throw ValidationError("--value: \"\(value)\" is not an amount")
        }
        guard let currency = Currency(currency) else {
            throw ValidationError("--currency: \"\(currency)\" is not an ISO 4217 code")
        }
        guard let q = Money.Qualifier(rawValue: qualifier) else {
            throw ValidationError("--qualifier: one of exact, about, more-than, up-to, less-than, range")
        }
        var money = Money(amount, currency, q)
        if let upper {
            guard let high = AmountText.parse(upper) else {
                throw ValidationError("--upper: \"\(upper)\" is not an amount")
            }
            money.upper = high
            money.qualifier = .range
        }
        return money
    }
}

func parseParty(_ text: String) throws -> Party {
    do { return try Party(parsing: text) } catch { throw Failure(error.description, code: 2) }
}

func parseEnum<T: RawRepresentable<String> & CaseIterable>(_ text: String, _ option: String) throws -> T {
    guard let value = T(rawValue: text) else {
        throw Failure("\(option): one of " + T.allCases.map(\.rawValue).joined(separator: ", "), code: 2)
    }
    return value
}

/// A `YYYY-MM-DD` option; other text exits with code 2.
func parseDate(_ text: String?, _ option: String) throws -> CivilDate? {
    guard let text else { return nil }
    guard let date = CivilDate(text) else { throw Failure("\(option): \"\(text)\" is not a YYYY-MM-DD date", code: 2) }
    return date
}

func parseShare(_ text: String?, of: String?) throws -> Share? {
    guard let text else { return nil }
    var t = text.trimmingCharacters(in: .whitespaces)
    var q = Money.Qualifier.exact
    if t.hasPrefix("~") {
        q = .about
        t.removeFirst()
    } else if t.hasPrefix(">") {
        q = .moreThan
        t.removeFirst()
    }
    if t.hasSuffix("%") { t.removeLast() }
    guard let percent = Decimal(exactly: t) else {
        throw Failure("--share: \"\(text)\" is not a percentage (e.g. 25, ~80%)", code: 2)
    }
    return Share(percent: percent, qualifier: q, of: of)
}

struct Record: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Record a fact by hand.",
        subcommands: [RecordAgreement.self, RecordTrade.self, RecordInvestment.self])
}

/// What every record command shares: connection, note and a client id for safe retries.
struct RecordOptions: ParsableArguments {
    @OptionGroup var connection: ConnectionOptions
    @Option(help: "Why or from where, kept with the fact.") var note: String?
    @Option(name: .customLong("client-id"), help: "An id of your own: recording it again is a no-op.") var clientID:
        String?

    func send(_ fact: Fact) throws {
        let reply = try connection.call(
            .record, NewsAPI.RecordCall(fact: fact, note: note, clientID: clientID),
            returning: NewsAPI.RecordReply.self)
        if connection.json { return try printJSON(reply) }
        print(
            reply.duplicate
                ? "\(reply.fact) was already recorded at seq \(reply.sequence)"
                : "recorded \(reply.fact) at seq \(reply.sequence)")
    }
}

struct RecordAgreement: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "agreement", abstract: "Record an agreement.")
    @OptionGroup var options: RecordOptions
    @OptionGroup var money: MoneyOptions
    @Option(name: .customLong("party"), help: "A party (repeat for each).") var parties: [String] = []
    @Option(help: "The kind of agreement.") var kind: String = "other"
    @Option(help: "A short title.") var title: String
    @Option(help: "announced, pledged, signed, completed or cancelled.") var status: String = "announced"
    @Option(name: .customLong("sector"), help: "A sector (repeat for each).") var sectors: [String] = []
    @Option(help: "The agreement's date, YYYY-MM-DD.") var date: String?
    @Option(name: .customLong("brokered-by"), help: "A party that brokered it.") var brokeredBy: String?

    func run() throws {
        try guarded {
            let agreement = Agreement(
                parties: try parties.map(parseParty), kind: try parseEnum(kind, "--kind"), title: title,
                value: try money.money(),
                status: try parseEnum(status, "--status"), sectors: sectors, date: try parseDate(date, "--date"),
                brokeredBy: try brokeredBy.map(parseParty))
            try options.send(.agreement(agreement))
        }
    }
}

struct RecordTrade: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "trade", abstract: "Record a trade figure.")
    @OptionGroup var options: RecordOptions
    @OptionGroup var money: MoneyOptions
    @Option(help: "The pair, e.g. US,KZ (for exports and imports, the reporter first).") var pair: String
    @Option(help: "total, exports or imports.") var direction: String = "total"
    @Option(help: "The period, e.g. 2024.") var period: String?
    @Option(help: "A commodity, e.g. uranium.") var commodity: String?
    @Option(help: "A share in percent, e.g. 25 or ~80%.") var share: String?
    @Option(name: .customLong("share-of"), help: "What the share is of.") var shareOf: String?
    @Option(help: "The change in words, e.g. \"nearly doubled\".") var change: String?

    func run() throws {
        try guarded {
            let figure = TradeFigure(
                parties: try pair.split(separator: ",").map { try parseParty(String($0)) }, value: try money.money(),
                period: period,
                direction: try parseEnum(direction, "--direction"), commodity: commodity,
                share: try parseShare(share, of: shareOf),
                change: change.map { Change(text: $0) })
            try options.send(.trade(figure))
        }
    }
}

struct RecordInvestment: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "investment", abstract: "Record an investment figure.")
    @OptionGroup var options: RecordOptions
    @OptionGroup var money: MoneyOptions
    @Option(help: "The investor.") var investor: String
    @Option(help: "The recipient.") var recipient: String
    @Flag(help: "A cumulative stock (else a flow: one deal).") var cumulative = false
    @Option(help: "A share in percent.") var share: String?
    @Option(name: .customLong("share-of"), help: "What the share is of.") var shareOf: String?
    @Option(help: "How many of the investor's companies work there, e.g. 600 or >600.") var companies: String?
    @Option(help: "The investor's rank among the recipient's investors.") var rank: Int?
    @Option(help: "The period.") var period: String?

    func run() throws {
        try guarded {
            var count: InvestmentFigure.Count?
            if let companies {
                let more = companies.hasPrefix(">")
                guard let n = Int(companies.drop { $0 == ">" }) else {
                    throw Failure("--companies: \"\(companies)\" is not a count", code: 2)
                }
                count = .init(n, more ? .moreThan : .exact)
            }
            let figure = InvestmentFigure(
                investor: try parseParty(investor), recipient: try parseParty(recipient), value: try money.money(),
                cumulative: cumulative,
                share: try parseShare(share, of: shareOf), companyCount: count, rank: rank, period: period)
            try options.send(.investment(figure))
        }
    }
}

struct Correct: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Correct a fact: what you give replaces what the fact says; the rest stays.",
        discussion: "The correction is an event: the fact's earlier form stays in its history.")
    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var money: MoneyOptions
    @Argument(help: "The fact's id.") var fact: String
    @Option(help: "Why: kept in the log.") var reason: String
    @Option(help: "A new status (agreements).") var status: String?
    @Option(help: "A new title (agreements).") var title: String?
    @Option(name: .customLong("party"), help: "New parties (repeat for each).") var parties: [String] = []
    @Option(help: "A new period (trade, investments).") var period: String?

    func run() throws {
        try guarded {
            let current = try connection.call(.fact, NewsAPI.FactQuery(id: fact), returning: NewsAPI.FactReply.self)
                .fact.fact
            let value = try money.money()
            let parties = try self.parties.map(parseParty)
            var replacement = current
            switch current {
            case .agreement(var a):
                if let value { a.value = value }
                if let status { a.status = try parseEnum(status, "--status") }
                if let title { a.title = title }
                if !parties.isEmpty { a.parties = parties }
                replacement = .agreement(a)
            case .trade(var t):
                if let value { t.value = value }
                if !parties.isEmpty { t.parties = parties }
                if let period { t.period = period }
                replacement = .trade(t)
            case .investment(var i):
                if let value { i.value = value }
                if parties.count == 2 { (i.investor, i.recipient) = (parties[0], parties[1]) }
                if let period { i.period = period }
                replacement = .investment(i)
            }
            guard replacement != current else {
                throw Failure("nothing to correct: give --value, --status, --title, --party or --period", code: 2)
            }
            let reply = try connection.call(
                .correct, NewsAPI.CorrectCall(fact: fact, replacement: replacement, reason: reason),
                returning: NewsAPI.FactWritten.self)
            if connection.json { return try printJSON(reply) }
            print("corrected \(reply.fact) at seq \(reply.sequence)")
        }
    }
}

struct Retract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Retract a fact (or, with --article, an article and its facts).")
    @OptionGroup var connection: ConnectionOptions
    @Argument(help: "The fact's id, or the article's with --article.") var id: String
    @Flag(help: "The id is an article's.") var article = false
    @Option(help: "Why: kept in the log.") var reason: String

    func run() throws {
        try guarded {
            if article {
                let reply = try connection.call(
                    .retractArticle, NewsAPI.RetractArticleCall(article: id, reason: reason),
                    returning: NewsAPI.ArticleWritten.self)
                if connection.json { return try printJSON(reply) }
                print("retracted article \(reply.article) at seq \(reply.sequence)")
            } else {
                let reply = try connection.call(
                    .retract, NewsAPI.RetractCall(fact: id, reason: reason), returning: NewsAPI.FactWritten.self)
                if connection.json { return try printJSON(reply) }
                print("retracted \(reply.fact) at seq \(reply.sequence)")
            }
        }
    }
}

struct Reextract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run newsd's current extractor again over stored articles whose facts an older one read.",
        discussion: "The new facts supersede the old ones as events; the old facts stay in their history.")
    @OptionGroup var connection: ConnectionOptions
    @Argument(help: "One article's id (all articles if left out).") var article: String?
    @Flag(help: "Re-read the articles even if the current extractor read them.") var force = false

    func run() throws {
        try guarded {
            let reply = try connection.call(
                .reextract, NewsAPI.ReextractCall(article: article, force: force ? true : nil),
                returning: NewsAPI.ReextractReply.self)
            if connection.json { return try printJSON(reply) }
            print("re-read \(reply.articles) articles: \(reply.extracted) new facts, \(reply.superseded) superseded")
        }
    }
}
