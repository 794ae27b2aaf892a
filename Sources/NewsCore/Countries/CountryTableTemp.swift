extension CountryCatalog {
    static let table = """
    AE|United Arab Emirates;UAE|الإمارات العربية المتحدة;الإمارات|Emirati|إماراتي;إماراتية|Abu Dhabi|أبوظبي
    CN|China|الصين|Chinese|صيني;صينية|Beijing|بكين
    IL|Israel|إسرائيل|Israeli|إسرائيلي;إسرائيلية|Jerusalem|القدس
    KZ|Kazakhstan|كازاخستان|Kazakh;Kazakhstani|كازاخستاني;كازاخستانية|Astana|أستانا
    RU|Russia|روسيا|Russian|روسي;روسية|Moscow|موسكو
    SA|Saudi Arabia|المملكة العربية السعودية;السعودية|Saudi|سعودي;سعودية|Riyadh|الرياض
    US|United States;USA;U.S.;United States of America;America|الولايات المتحدة;الولايات المتحدة الأمريكية;أمريكا|American|أمريكي;أمريكية|Washington|واشنطن
    UZ|Uzbekistan|أوزبكستان|Uzbek|أوزبكي;أوزبكية|Tashkent|طشقند
    """
}
