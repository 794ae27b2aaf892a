/// newsd's Varlink interfaces, in the Varlink interface language, as GetInterfaceDescription serves them.
///
/// Their methods and errors are the ones `NewsMethod` and `NewsErrorName` name; a test holds the
/// two to each other.
public enum NewsInterfaces {
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

            method Agreements(parties: ?[]string, kind: ?string, status: ?string, value: ?Range,
              from: ?string, to: ?string, as_of_seq: ?int, as_of_date: ?string) -> (as_of: int, agreements: []object)

            method Trade(parties: ?[]string, direction: ?string, period: ?string, commodity: ?string,
              value: ?Range, from: ?string, to: ?string, as_of_seq: ?int, as_of_date: ?string) -> (as_of: int, trade: []object)

            method Investments(investor: ?string, recipient: ?string, party: ?string, value: ?Range,
              as_of_seq: ?int, as_of_date: ?string) -> (as_of: int, investments: []object)

            # Investment totals rolled up by "investor" or by "recipient".
            method Totals(by: string, investor: ?string, recipient: ?string, party: ?string,
              as_of_seq: ?int, as_of_date: ?string) -> (as_of: int, totals: []object)

            # A fact with its history, and the agreement it belongs to, if any.
            method Fact(id: string, as_of_seq: ?int, as_of_date: ?string) -> (as_of: int, fact: object, agreement: ?object)

            method Articles(as_of_seq: ?int, as_of_date: ?string) -> (as_of: int, articles: []object)

            error NotFound (what: string, id: string)
            error InvalidQuery (parameter: string, reason: string)
            """)

    public static let ingest = VarlinkInterface(
        description: """
            # Writing to newsd's log. Every method needs root or the writer group; the caller's uid is
            # recorded on the events. A reply comes only once the events are on disk. Facts are
            # objects of the form {"agreement": {…}}, {"trade": {…}} or {"investment": {…}}.
            interface io.newsd.Ingest

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
            method Record(fact: object, note: ?string, client_id: ?string) -> (fact: string, sequence: int, duplicate: bool)

            # Replaces a fact with a corrected one; the original stays in the fact's history.
            method Correct(fact: string, replacement: object, reason: string) -> (fact: string, sequence: int)

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

            # One event in its canonical form.
            type Event (
              seq: int,
              timestamp: int,
              time: string,
              actor: string,
              type: string,
              schema_version: int,
              data: object
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
            error NotFound (what: string, id: string)
            """)

    /// The errors the socket server raises itself.
    public static let server = NewsErrorName.server.declaration

    public static let all = [query, ingest, log, server]
}
