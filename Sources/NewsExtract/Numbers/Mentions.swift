import Foundation
import NewsCore

/// An amount of money as written in a sentence.
public struct AmountMention: Sendable, Hashable {
    /// The amount, its currency and how it was qualified ("more than", a range, ...).
    public var money: Money
    /// Covers the qualifier words, the number, the scale and the currency (and "between" of a range).
    public var span: TextSpan

    public init(money: Money, span: TextSpan) {
        self.money = money
        self.span = span
    }
}

/// A percentage, or a fraction read as a share ("a quarter" is 25).
public struct PercentMention: Sendable, Hashable {
    /// The percentage; for a range ("10-15%") the low end, with `qualifier` `.range`.
    public var percent: Decimal
    public var qualifier: Money.Qualifier
    public var span: TextSpan

    public init(percent: Decimal, qualifier: Money.Qualifier, span: TextSpan) {
        self.percent = percent
        self.qualifier = qualifier
        self.span = span
    }
}

/// A count of things that is neither money, a percentage nor a year ("more than 600 companies").
public struct CountMention: Sendable, Hashable {
    public var value: Int
    public var qualifier: Money.Qualifier
    /// The counted noun as written (its head word: "companies" in "600 US companies").
    public var noun: String
    /// Covers the qualifier words, the number and the noun.
    public var span: TextSpan

    public init(value: Int, qualifier: Money.Qualifier, noun: String, span: TextSpan) {
        self.value = value
        self.qualifier = qualifier
        self.noun = noun
        self.span = span
    }
}

/// A change in a quantity: a factor ("doubled") or a percentage ("rose 10%").
public struct ChangeMention: Sendable, Hashable {
    /// The words of the change as written, e.g. "nearly doubled", "تضاعف تقريبا", "rose 10%".
    ///
    /// When the words are apart in the sentence (Arabic puts the subject between the verb and
    /// "تقريبا" or "بنسبة"), the pieces are joined with one space; `span` covers them all.
    public var text: String
    /// 2 for doubled, 3 for tripled, 0.5 for halved.
    public var factor: Decimal?
    /// Signed: +10 for "rose 10%", -5 for "fell 5%".
    public var percent: Decimal?
    public var span: TextSpan

    public init(text: String, factor: Decimal?, percent: Decimal?, span: TextSpan) {
        self.text = text
        self.factor = factor
        self.percent = percent
        self.span = span
    }
}
