import Logging

extension JournalLogHandler {
    /// The fields the handler sets itself; metadata may not replace them.
    static let ownFieldNames: Set<String> = [
        "MESSAGE", "PRIORITY", "SYSLOG_IDENTIFIER", "CODE_FILE", "CODE_LINE", "CODE_FUNC", "LOGGER_LABEL",
    ]

    /// The `FIELD=value` strings of one journal entry, in a fixed order.
    ///
    /// The handler's own fields come first (`MESSAGE`, `PRIORITY`, `SYSLOG_IDENTIFIER`,
    /// `CODE_FILE`, `CODE_LINE`, `CODE_FUNC`, `LOGGER_LABEL`), then one field per metadata entry
    /// in the order of the original keys. A metadata key whose field name would be one of the
    /// handler's own gets the prefix `META_` (`priority` → `META_PRIORITY`), so metadata cannot
    /// change an entry's priority or message. Values are sent as they are, line breaks included.
    public static func fields(
        message: String,
        level: Logger.Level,
        metadata: Logger.Metadata,
        identifier: String,
        label: String,
        file: String,
        function: String,
        line: UInt
    ) -> [String] {
        var fields = [
            "MESSAGE=\(message)",
            "PRIORITY=\(priority(of: level))",
            "SYSLOG_IDENTIFIER=\(identifier)",
            "CODE_FILE=\(file)",
            "CODE_LINE=\(line)",
            "CODE_FUNC=\(function)",
            "LOGGER_LABEL=\(label)",
        ]
        fields.reserveCapacity(fields.count + metadata.count)
        for (key, value) in metadata.sorted(by: { $0.key < $1.key }) {
            var name = fieldName(forMetadataKey: key)
            if ownFieldNames.contains(name) {
                name = "META_" + name
            }
            fields.append("\(name)=\(value.description)")
        }
        return fields
    }

    /// The syslog priority of a swift-log level: trace and debug 7, info 6, notice 5,
    /// warning 4, error 3, critical 2.
    public static func priority(of level: Logger.Level) -> Int {
        switch level {
        case .trace, .debug: 7
        case .info: 6
        case .notice: 5
        case .warning: 4
        case .error: 3
        case .critical: 2
        }
    }

    /// The journal field name for a metadata key: `event.seq` → `EVENT_SEQ`.
    ///
    /// ASCII letters are uppercased and every other character that is not `A`–`Z`, `0`–`9` or `_`
    /// becomes `_`. Journal field names may not start with `_` (reserved for trusted fields) or a
    /// digit, so such names, and the empty one, get the prefix `F`. Names are cut to the journal's
    /// limit of 64 characters.
    public static func fieldName(forMetadataKey key: String) -> String {
        var name = String.UnicodeScalarView()
        for scalar in key.unicodeScalars {
            switch scalar {
            case "A"..."Z", "0"..."9", "_":
                name.append(scalar)
            case "a"..."z":
                name.append(Unicode.Scalar(scalar.value - 32)!)
            default:
                name.append("_")
            }
        }
        if let first = name.first, first != "_", !("0"..."9").contains(first) {
            return String(String(name).prefix(64))
        }
        return String(("F" + String(name)).prefix(64))
    }
}
