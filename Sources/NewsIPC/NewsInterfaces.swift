/// newsd's Varlink interfaces, in the Varlink interface language, as GetInterfaceDescription serves them.
///
/// Their methods and errors are the ones `NewsMethod` and `NewsErrorName` name; a test holds the
/// two to each other.
public enum NewsInterfaces {
    /// The types of a fact, as Record takes it, the Fact query answers it and the log's events hold it.
    /// An interface cannot use another's types, so each that needs them declares them.
    static let factTypes = """
        # An amount: a decimal string in an ISO 4217 currency. qualifier is exact, about, more-than,
        # less-than, up-to or range; a range runs from amount to upper.
        type Money (amount: string, currency: string, qualifier: string, upper: ?string)

        # A percentage, of a whole named in words.
        type Share (percent: float, qualifier: string, of: ?string)

        # A change as the source put it, and as a factor or a percentage where it gave one.
        type Change (text: string, factor: ?float, percent: ?float)

        # A count of companies, with the same qualifiers as Money.
        type Count (value: int, qualifier: string)

        # kind: accord-accession, investment-deal, trade-agreement, mou, purchase,
        # commercial-agreements or other. status: announced, pledged, signed, completed or cancelled.
        # date is YYYY-MM-DD.
        type AgreementFact (
          parties: []string,
          kind: string,
          title: string,
          value: ?Money,
          status: string,
          sectors: []string,
          date: ?string,
          brokered_by: ?string
        )

        # direction: total, exports (from the first party to the second) or imports.
        type TradeFact (
          parties: []string,
          value: ?Money,
          period: ?string,
          direction: string,
          commodity: ?string,
          share: ?Share,
          change: ?Change
        )

        # cumulative is true for a stock ("have reached"), false for one deal or flow.
        type InvestmentFact (
          investor: string,
          recipient: string,
          value: ?Money,
          cumulative: bool,
          share: ?Share,
          company_count: ?Count,
          rank: ?int,
          period: ?string
        )

        # A fact: exactly one of the three. (io.newsd.Query has a method named Fact, hence AnyFact.)
        type AnyFact (agreement: ?AgreementFact, trade: ?TradeFact, investment: ?InvestmentFact)
        """

    /// Where a fact was read.
    static let evidenceType = """
        # Where a fact was read: a sentence of an article, and where the sentence stands in the
        # article's text, in Unicode scalars from its start.
        type Evidence (article: string, sentence: string, start: int, end: int)
        """

    public static let query = VarlinkInterface(
        description: """
            # Queries over the projections newsd rebuilds from its log: agreements, trade figures and
            # investment totals. Any query may be asked as of a sequence number (as_of_seq) or as of
            # the end of a UTC day (as_of_date, YYYY-MM-DD); as_of in the reply is the last sequence
            # number the answer includes. Parties are ISO 3166-1 alpha-2 codes (or country names),
            # "company:NAME" or "org:NAME". Amounts are decimal strings, never floating point.
            interface io.newsd.Query

            # A range of amounts in one currency (USD unless given); either end may be left out.
            type Range (currency: ?string, min: ?string, max: ?string)

            \(factTypes)

            \(evidenceType)

            # A step of an agreement's life: the status a fact gave it, on a date (YYYY-MM-DD).
            type AgreementStep (status: string, date: string, fact: string, sequence: int)

            # An agreement, made of every fact that reports it. date is its own date, when a report
            # gave one; reported and updated are the days of its first and latest reports. timeline
            # (in date order), evidence and facts come only in full (evidence: true); their counts
            # come always.
            type Agreement (
              id: string,
              parties: []string,
              kind: string,
              title: string,
              value: ?Money,
              status: string,
              brokered_by: ?string,
              sectors: []string,
              date: ?string,
              reported: ?string,
              updated: ?string,
              evidence_count: int,
              fact_count: int,
              timeline: ?[]AgreementStep,
              evidence: ?[]Evidence,
              facts: ?[]string
            )

            # One report of a trade figure; reported is the day its source gave it (YYYY-MM-DD).
            type TradeReport (
              fact: string,
              value: ?Money,
              share: ?Share,
              change: ?Change,
              article: ?string,
              source: ?string,
              reported: string,
              sequence: int
            )

            # One trade figure, as every report gave it; spread is how far the reports' values differ.
            # reports come only in full (evidence: true); their count comes always.
            type TradeFigure (
              key: string,
              parties: []string,
              direction: string,
              period: ?string,
              commodity: ?string,
              latest: ?TradeReport,
              spread: ?Money,
              report_count: int,
              reports: ?[]TradeReport
            )

            type InvestmentReport (fact: string, value: ?Money, reported: string, sequence: int)

            # One investor's investment in one recipient. Stocks and deals are kept apart and never
            # added together; deal_totals has one sum per currency. stocks and deals come only in
            # full (evidence: true); their counts come always.
            type Investment (
              investor: string,
              recipient: string,
              latest_stock: ?InvestmentReport,
              deal_totals: []Money,
              company_count: ?Count,
              share: ?Share,
              rank: ?int,
              stock_count: int,
              deal_count: int,
              stocks: ?[]InvestmentReport,
              deals: ?[]InvestmentReport
            )

            # The totals of one investor across recipients, or one recipient across investors.
            type Total (party: string, stock_totals: []Money, deal_totals: []Money, entries: int)

            # A step of a fact's life. action: extracted, asserted, corrected, retracted or superseded;
            # fact is the fact as it stood after the step.
            type HistoryStep (action: string, sequence: int, timestamp: int, actor: string, reason: ?string, fact: ?AnyFact)

            # A fact with where it came from. state: active, retracted or superseded.
            type FactRecord (
              id: string,
              fact: AnyFact,
              state: string,
              article: ?string,
              evidence: []Evidence,
              confidence: ?float,
              extractor_version: ?string,
              first_sequence: int,
              reported: string,
              history: []HistoryStep
            )

            type Article (
              article: string,
              language: string,
              url: ?string,
              source: ?string,
              published: ?string,
              sequence: int,
              retracted: bool,
              facts: []string
            )

            method Status() -> (
              version: string,
              sequence: int,
              chain_hash: string,
              articles: int,
              facts: int,
              agreements: int,
              trade: int,
              investments: int,
              connections: int,
              started: string
            )

            # The three lists come a page at a time: at most limit entries (1 to 10,000; 100 if not
            # given), lean unless evidence is true. next, when more entries follow, is an opaque
            # cursor: give it as after, with the same filters, for the page after. A page starts
            # after the last entry of the one before it, in the list's order, so entries that come
            # or go meanwhile shift nothing; give as_of_seq (the first page's as_of) for one
            # picture across pages. total counts the whole list.
            method Agreements(parties: ?[]string, kind: ?string, status: ?string, value: ?Range,
              from: ?string, to: ?string, as_of_seq: ?int, as_of_date: ?string,
              evidence: ?bool, limit: ?int, after: ?string)
              -> (as_of: int, agreements: []Agreement, next: ?string, total: int)

            method Trade(parties: ?[]string, direction: ?string, period: ?string, commodity: ?string,
              value: ?Range, from: ?string, to: ?string, as_of_seq: ?int, as_of_date: ?string,
              evidence: ?bool, limit: ?int, after: ?string)
              -> (as_of: int, trade: []TradeFigure, next: ?string, total: int)

            method Investments(investor: ?string, recipient: ?string, party: ?string, value: ?Range,
              as_of_seq: ?int, as_of_date: ?string, evidence: ?bool, limit: ?int, after: ?string)
              -> (as_of: int, investments: []Investment, next: ?string, total: int)

            # Investment totals rolled up by "investor" or by "recipient".
            method Totals(by: string, investor: ?string, recipient: ?string, party: ?string,
              as_of_seq: ?int, as_of_date: ?string) -> (as_of: int, totals: []Total)

            # A fact with its history, and the agreement it belongs to, if any, in full.
            method Fact(id: string, as_of_seq: ?int, as_of_date: ?string) -> (as_of: int, fact: FactRecord, agreement: ?Agreement)

            # The articles in the order ingested, a page at a time, as the lists above.
            method Articles(as_of_seq: ?int, as_of_date: ?string, limit: ?int, after: ?string)
              -> (as_of: int, articles: []Article, next: ?string, total: int)

            error NotFound (what: string, id: string)
            error InvalidQuery (parameter: string, reason: string)
            # A full answer (evidence: true, Fact) reads the evidence and history from the log,
            # and a record it needs was damaged after newsd checked the log at start.
            error Damaged (reason: string)
            """)

    public static let ingest = VarlinkInterface(
        description: """
            # Writing to newsd's log. Every method needs root or the writer group; the caller's uid is
            # recorded on the events. A reply comes only once the events are on disk.
            interface io.newsd.Ingest

            \(factTypes)

            # Stores an article and the facts extracted from it. The same text again is a duplicate.
            method Ingest(text: string, url: ?string, source: ?string, published: ?string) -> (
              article: string,
              sequence: int,
              duplicate: bool,
              language: string,
              facts: int,
              extractor: ?string
            )

            # Records a fact by hand. client_id makes a retry safe: the same id again is a duplicate.
            method Record(fact: AnyFact, note: ?string, client_id: ?string) -> (fact: string, sequence: int, duplicate: bool)

            # Replaces a fact with a corrected one; the original stays in the fact's history.
            method Correct(fact: string, replacement: AnyFact, reason: string) -> (fact: string, sequence: int)

            # Takes a fact out of the projections; it stays in the log and in its history.
            method Retract(fact: string, reason: string) -> (fact: string, sequence: int)

            # Retracts an article and every fact read in it.
            method RetractArticle(article: string, reason: string) -> (article: string, sequence: int)

            # Runs newsd's extractor again over stored articles (one, or all) whose facts an older
            # extractor read; force re-reads them even if this extractor did. The new facts
            # supersede the old ones, which stay in their history.
            method Reextract(article: ?string, force: ?bool) -> (articles: int, superseded: int, extracted: int)

            error PermissionDenied (uid: int)
            error InvalidFact (reason: string)
            error ArticleTooLarge (size: int, limit: int)
            error NotFound (what: string, id: string)
            error DiskFull (reason: string)
            error Unavailable (reason: string)
            """)

    public static let log = VarlinkInterface(
        description: """
            # Reading newsd's event log.
            interface io.newsd.Log

            \(factTypes)

            \(evidenceType)

            # The fields of an event; which are present depends on its type. ArticleIngested: article,
            # text, language, url, source, published. FactExtracted: id, article, fact, evidence,
            # confidence, extractor_version, supersedes. FactAsserted: id, fact, evidence, note.
            # FactCorrected: id, fact, reason. FactRetracted: id, reason. ArticleRetracted: article, reason.
            type EventData (
              article: ?string,
              text: ?string,
              language: ?string,
              url: ?string,
              source: ?string,
              published: ?string,
              id: ?string,
              fact: ?AnyFact,
              evidence: ?[]Evidence,
              confidence: ?float,
              extractor_version: ?string,
              supersedes: ?[]string,
              note: ?string,
              reason: ?string
            )

            # One event in its canonical form; time is timestamp (µs since 1970, UTC) written out.
            type Event (
              seq: int,
              timestamp: int,
              time: string,
              actor: string,
              type: string,
              schema_version: int,
              data: EventData
            )

            method Head() -> (sequence: int, chain_hash: string, segments: int)

            # The Merkle tree of RFC 9162 over the records: leaf i is the bytes of record i + 1.
            method Root() -> (tree_size: int, root: string)
            method Prove(seq: int, tree_size: ?int) -> (
              seq: int,
              leaf_index: int,
              tree_size: int,
              leaf_data: string,
              leaf_hash: string,
              path: []string,
              root: string
            )
            method Consistency(first: int, second: ?int) -> (first: int, second: int, first_root: string, second_root: string, path: []string)

            # The latest checkpoint newsd signed (Ed25519) of its Merkle tree; see FORMAT.md.
            method Checkpoint() -> (tree_size: int, root: string, time: int, public_key: string, signature: string)

            # Checks every CRC and chain link, the Merkle root (RFC 9162), every snapshot and the latest checkpoint.
            method Verify() -> (
              intact: bool,
              records: int,
              segments: int,
              chain_hash: string,
              tree_size: int,
              root: string,
              snapshots: []string,
              checkpoint: ?string,
              finding: ?string
            )

            # Needs "more": replies with each event from `from` (default 1) on, at most `count` of
            # them, then once without an event. With follow it does not end: it keeps replying
            # with new events as they are appended.
            method Events(from: ?int, count: ?int, follow: ?bool) -> (event: ?Event)

            error Damaged (reason: string)
            # A proof of records or tree sizes the log does not have.
            error OutOfRange (parameter: string, reason: string)
            error NotFound (what: string, id: string)
            """)

    /// The errors the socket server raises itself.
    public static let server = NewsErrorName.server.declaration

    public static let all = [query, ingest, log, server]
}
