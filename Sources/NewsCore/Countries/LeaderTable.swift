// Heads of state and government, and a few foreign ministers, whom economic news names in place
// of their countries ("Xi met the crown prince", "بوتين والسيسي"). Written for newsd from public
// knowledge of who has led these countries since about 2010; a name stands for the country it
// led, whenever the article was written.
extension CountryCatalog {
    /// One line per country: code|English names|Arabic names. Variants are separated by ";".
    /// Only names that stand for no other thing: no bare Arabic names that are also words
    /// (شي "thing", لولا "were it not", رئيسي "main", السوداني "the Sudanese").
    static let leaderTable = """
        AE|Mohamed bin Zayed;Mohammed bin Zayed;MBZ;Mohammed bin Rashid;Mohamed bin Rashid|محمد بن زايد;محمد بن راشد
        AR|Javier Milei;Milei;Alberto Fernandez;Mauricio Macri|خافيير ميلي
        AZ|Ilham Aliyev;Aliyev|إلهام علييف;علييف
        BR|Lula da Silva;Luiz Inacio Lula da Silva;Jair Bolsonaro;Bolsonaro;Dilma Rousseff;Rousseff|لولا دا سيلفا;بولسونارو;ديلما روسيف
        CA|Justin Trudeau;Trudeau;Mark Carney|جاستن ترودو;ترودو
        CN|Xi Jinping;Xi;Li Qiang;Li Keqiang;Wang Yi|شي جين بينغ;شي جين بينج;شي جين بنج;شي جينبينغ;الرئيس شي;لي تشيانغ;لي كه تشيانغ;وانغ يي
        DE|Olaf Scholz;Scholz;Angela Merkel;Merkel;Friedrich Merz|أولاف شولتس;شولتس;أنجيلا ميركل;ميركل;فريدريش ميرتس
        DZ|Abdelmadjid Tebboune;Tebboune|عبد المجيد تبون;تبون
        EG|Abdel Fattah el-Sisi;Abdel Fattah al-Sisi;el-Sisi;al-Sisi;Sisi;Mostafa Madbouly;Madbouly|عبد الفتاح السيسي;السيسي;مصطفى مدبولي;مدبولي
        ES|Pedro Sanchez;Pedro Sánchez|بيدرو سانشيز
        ET|Abiy Ahmed|آبي أحمد
        FR|Emmanuel Macron;Macron|إيمانويل ماكرون;ماكرون
        GB|Keir Starmer;Starmer;Rishi Sunak;Sunak;Boris Johnson|كير ستارمر;ستارمر;ريشي سوناك;سوناك
        ID|Joko Widodo;Jokowi;Prabowo Subianto;Prabowo|جوكو ويدودو;برابوو سوبيانتو
        IL|Benjamin Netanyahu;Netanyahu|بنيامين نتنياهو;نتنياهو
        IN|Narendra Modi;Modi;Subrahmanyam Jaishankar;Jaishankar|ناريندرا مودي;مودي
        IQ|Mohammed Shia al-Sudani;Mohammed Shia' al-Sudani;Haider al-Abadi;Mustafa al-Kadhimi|محمد شياع السوداني;حيدر العبادي;مصطفى الكاظمي
        IR|Masoud Pezeshkian;Pezeshkian;Ebrahim Raisi;Hassan Rouhani;Rouhani|مسعود بزشكيان;بزشكيان;إبراهيم رئيسي;حسن روحاني
        IT|Giorgia Meloni;Meloni;Mario Draghi;Draghi|جورجيا ميلوني;ميلوني;ماريو دراغي;دراغي
        JO|King Abdullah II;Abdullah II|الملك عبد الله الثاني;عبد الله الثاني
        JP|Shinzo Abe;Fumio Kishida;Kishida;Shigeru Ishiba;Ishiba|شينزو آبي;فوميو كيشيدا;كيشيدا;شيغيرو إيشيبا
        KE|William Ruto;Ruto|وليام روتو
        KR|Yoon Suk Yeol;Yoon Suk-yeol;Moon Jae-in;Lee Jae-myung|يون سوك يول;مون جاي إن
        KZ|Kassym-Jomart Tokayev;Tokayev;Nursultan Nazarbayev;Nazarbayev|قاسم جومارت توكاييف;توكاييف;نور سلطان نزارباييف
        MA|King Mohammed VI;Mohammed VI|الملك محمد السادس;محمد السادس
        MX|Claudia Sheinbaum;Sheinbaum;Andres Manuel Lopez Obrador;Lopez Obrador|كلاوديا شينباوم
        NG|Bola Tinubu;Tinubu;Muhammadu Buhari;Buhari|بولا تينوبو
        PK|Shehbaz Sharif;Imran Khan;Nawaz Sharif|شهباز شريف;عمران خان;نواز شريف
        QA|Tamim bin Hamad;Sheikh Tamim|تميم بن حمد;الشيخ تميم
        RU|Vladimir Putin;Putin;Sergei Lavrov;Sergey Lavrov;Lavrov;Mikhail Mishustin|فلاديمير بوتين;بوتين;سيرغي لافروف;لافروف;ميشوستين
        RW|Paul Kagame;Kagame|بول كاغامي;كاغامي
        SA|Mohammed bin Salman;Mohammad bin Salman;MBS;King Salman|محمد بن سلمان;الملك سلمان;خادم الحرمين الشريفين
        SY|Bashar al-Assad|بشار الأسد
        TN|Kais Saied|قيس سعيد
        TR|Recep Tayyip Erdogan;Recep Tayyip Erdoğan;Erdogan;Erdoğan;Hakan Fidan|رجب طيب أردوغان;أردوغان;أردوجان;هاكان فيدان
        UA|Volodymyr Zelensky;Zelensky;Zelenskyy|فولوديمير زيلينسكي;زيلينسكي
        US|Joe Biden;Biden;Donald Trump;Trump;Barack Obama;Obama;Antony Blinken|جو بايدن;بايدن;دونالد ترامب;ترامب;باراك أوباما;أوباما
        UZ|Shavkat Mirziyoyev;Mirziyoyev|شوكت ميرضيائيف;ميرضيائيف;ميرزيوييف
        ZA|Cyril Ramaphosa;Ramaphosa|سيريل رامافوزا;رامافوزا
        """
}
