// The ISO 3166-1 alpha-2 countries (all 249 assigned codes) with the English and Arabic names,
// demonyms and capitals that news uses for them, and EU (exceptionally reserved in ISO 3166-1),
// since the European Union is a party to trade agreements in its own right. Written for newsd.
extension CountryCatalog {
    /// One line per country: code|English names|Arabic names|English demonyms|Arabic demonyms|English capitals|Arabic capitals.
    /// Variants within a field are separated by ";". The first English and Arabic names are the standard short names.
    /// No string stands for two countries (after the normalisation of `CountryCatalog.key`); strings that
    /// would (Congo, Guinean, Dominican, bare عمان for Oman and Amman, ...) are left out. Korea and Korean
    /// are the exception: news writes them for South Korea and always qualifies the North ("North
    /// Korea", longer, so it wins). Capitals include the seats that news names governments by
    /// (White House, Kremlin, Élysée, Downing Street) and Dubai, the Emirates' other seat of
    /// business that news names them by, and the United States' Arabic name run together
    /// as pages copied without their spaces write it ("الولاياتالمتحدةالأمريكية"). Greenland's
    /// capital has no Arabic name here: with its preposition, "بنوك" ("in Nuuk") is "banks". Arabic
    /// demonyms include the broken plurals news writes of investors and firms (أتراك، ألمان،
    /// أمريكان، إنجليز), not روس, which normalises as رؤوس ("heads", as in رؤوس الأموال) does.
    static let table = """
        AD|Andorra;Principality of Andorra|أندورا;إمارة أندورا;أندورة|Andorran|أندوري;أندورية|Andorra la Vella|أندورا لا فيلا;أندورا لافيلا
        AE|United Arab Emirates;UAE;U.A.E.;Emirates|الإمارات العربية المتحدة;الإمارات;دولة الإمارات|Emirati|إماراتي;إماراتية|Abu Dhabi;Dubai|أبوظبي;أبو ظبي;دبي
        AF|Afghanistan;Islamic Republic of Afghanistan;Islamic Emirate of Afghanistan|أفغانستان;جمهورية أفغانستان الإسلامية;إمارة أفغانستان الإسلامية|Afghan;Afghani|أفغاني;أفغانية|Kabul|كابل;كابول
        AG|Antigua and Barbuda;Antigua & Barbuda;Antigua|أنتيغوا وباربودا;أنتيغوا وبربودا;أنتيغوا|Antiguan;Barbudan;Antiguan and Barbudan|أنتيغوي;أنتيغوية|St. John's;Saint John's|سانت جونز
        AI|Anguilla|أنغويلا;أنجويلا|Anguillan|أنغويلي;أنغويلية||ذا فالي
        AL|Albania;Republic of Albania|ألبانيا;جمهورية ألبانيا|Albanian|ألباني;ألبانية|Tirana;Tirane;Tiranë|تيرانا
        AM|Armenia;Republic of Armenia|أرمينيا;جمهورية أرمينيا;أرمينية|Armenian|أرميني;أرمينية;أرمني;أرمنية|Yerevan;Erevan|يريفان;يرفان
        AO|Angola;Republic of Angola|أنغولا;أنجولا;جمهورية أنغولا|Angolan|أنغولي;أنغولية;أنجولي;أنجولية|Luanda|لواندا
        AQ|Antarctica|القارة القطبية الجنوبية;أنتاركتيكا||||
        AR|Argentina;Argentine Republic|الأرجنتين;جمهورية الأرجنتين;أرجنتين|Argentine;Argentinian;Argentinean|أرجنتيني;أرجنتينية|Buenos Aires|بوينس آيرس;بوينس أيرس;بوينوس آيرس
        AS|American Samoa|ساموا الأمريكية;ساموا الأميركية|American Samoan||Pago Pago|باغو باغو;باجو باجو
        AT|Austria;Republic of Austria|النمسا;جمهورية النمسا|Austrian|نمساوي;نمساوية|Vienna|فيينا
        AU|Australia;Commonwealth of Australia|أستراليا;كومنولث أستراليا|Australian|أسترالي;أسترالية|Canberra|كانبرا
        AW|Aruba|أروبا;آروبا|Aruban|أروبي;أروبية|Oranjestad|أورانيستاد;أورانجستاد
        AX|Åland;Åland Islands;Aland Islands;Aland|جزر أولاند;أولاند|Ålander;Alander|أولاندي;أولاندية|Mariehamn|ماريهامن
        AZ|Azerbaijan;Republic of Azerbaijan|أذربيجان;جمهورية أذربيجان|Azerbaijani;Azeri|أذربيجاني;أذربيجانية;أذري;أذرية|Baku|باكو
        BA|Bosnia and Herzegovina;Bosnia & Herzegovina;Bosnia-Herzegovina;Bosnia;BiH|البوسنة والهرسك;البوسنة|Bosnian;Herzegovinian;Bosnian and Herzegovinian|بوسني;بوسنية|Sarajevo|سراييفو;سرايفو
        BB|Barbados|باربادوس;بربادوس|Barbadian;Bajan|باربادوسي;باربادوسية|Bridgetown|بريدجتاون
        BD|Bangladesh;People's Republic of Bangladesh|بنغلاديش;بنجلاديش;بنغلادش;جمهورية بنغلاديش الشعبية|Bangladeshi|بنغلاديشي;بنغلاديشية;بنجلاديشي;بنجلاديشية|Dhaka;Dacca|دكا;داكا
        BE|Belgium;Kingdom of Belgium|بلجيكا;مملكة بلجيكا|Belgian|بلجيكي;بلجيكية|Brussels|بروكسل
        BF|Burkina Faso;Burkina;Upper Volta|بوركينا فاسو;بوركينافاسو;فولتا العليا|Burkinabe;Burkinabè|بوركيني;بوركينية;بوركينابي|Ouagadougou|واغادوغو;واجادوجو
        BG|Bulgaria;Republic of Bulgaria|بلغاريا;جمهورية بلغاريا|Bulgarian|بلغاري;بلغارية|Sofia|صوفيا
        BH|Bahrain;Kingdom of Bahrain|البحرين;مملكة البحرين|Bahraini|بحريني;بحرينية|Manama|المنامة
        BI|Burundi;Republic of Burundi|بوروندي;جمهورية بوروندي|Burundian|بوروندي;بوروندية|Gitega;Bujumbura|غيتيغا;جيتيغا;بوجمبورا
        BJ|Benin;Republic of Benin;Dahomey|بنين;جمهورية بنين;داهومي|Beninese;Beninois|بنيني;بنينية|Porto-Novo;Porto Novo;Cotonou|بورتو نوفو;كوتونو
        BL|Saint Barthélemy;Saint Barthelemy;St. Barthélemy;Saint-Barthélemy;St. Barts;St. Barths|سان بارتيلمي;سان بارتليمي|Barthélemois||Gustavia|غوستافيا;جوستافيا
        BM|Bermuda|برمودا;جزر برمودا|Bermudian;Bermudan|برمودي;برمودية|Hamilton|هاميلتون
        BN|Brunei;Brunei Darussalam;Nation of Brunei|بروناي;بروناي دار السلام;سلطنة بروناي|Bruneian|بروناوي;بروناوية;بروني;برونية|Bandar Seri Begawan|بندر سري بكاوان;بندر سري بيغاوان;بندر سيري بيغاوان
        BO|Bolivia;Plurinational State of Bolivia|بوليفيا;دولة بوليفيا المتعددة القوميات|Bolivian|بوليفي;بوليفية|La Paz;Sucre|لاباز;لا باز;سوكري
        BQ|Caribbean Netherlands;Bonaire, Sint Eustatius and Saba;BES Islands;Bonaire|الجزر الكاريبية الهولندية;هولندا الكاريبية;بونير وسينت أوستاتيوس وسابا;بونير|||Kralendijk|كرالنديك
        BR|Brazil;Federative Republic of Brazil;Brasil|البرازيل;جمهورية البرازيل الاتحادية|Brazilian|برازيلي;برازيلية|Brasília;Brasilia|برازيليا
        BS|Bahamas;Commonwealth of The Bahamas;Bahama Islands|جزر البهاما;البهاما;الباهاما;كومنولث جزر البهاما|Bahamian|بهامي;بهامية;باهامي;باهامية|Nassau|ناساو
        BT|Bhutan;Kingdom of Bhutan|بوتان;مملكة بوتان;بهوتان|Bhutanese|بوتاني;بوتانية|Thimphu|تيمفو;ثيمفو
        BV|Bouvet Island|جزيرة بوفيه||||
        BW|Botswana;Republic of Botswana|بوتسوانا;جمهورية بوتسوانا;بتسوانا|Motswana;Batswana;Botswanan|بوتسواني;بوتسوانية|Gaborone|غابورون;جابورون
        BY|Belarus;Republic of Belarus;Byelorussia;Belorussia|بيلاروسيا;روسيا البيضاء;بيلاروس;جمهورية بيلاروسيا|Belarusian;Belarussian;Byelorussian|بيلاروسي;بيلاروسية|Minsk|مينسك
        BZ|Belize;British Honduras|بليز;بيليز|Belizean|بليزي;بليزية|Belmopan|بلموبان;بيلموبان
        CA|Canada|كندا|Canadian|كندي;كندية|Ottawa|أوتاوا
        CC|Cocos (Keeling) Islands;Cocos Islands;Keeling Islands|جزر كوكوس;جزر كوكوس (كيلينغ);جزر كيلينغ|Cocos Islander||West Island|ويست آيلاند
        CD|DR Congo;Democratic Republic of the Congo;Democratic Republic of Congo;DRC;Congo-Kinshasa;Zaire|جمهورية الكونغو الديمقراطية;الكونغو الديمقراطية;كونغو الديمقراطية;الكونغو كينشاسا;كونغو كينشاسا;زائير|||Kinshasa|كينشاسا
        CF|Central African Republic|جمهورية أفريقيا الوسطى;أفريقيا الوسطى|||Bangui|بانغي;بانجي
        CG|Republic of the Congo;Republic of Congo;Congo-Brazzaville;Congo Republic|جمهورية الكونغو;الكونغو برازافيل;كونغو برازافيل;الكونغو برازفيل|||Brazzaville|برازافيل;برازفيل
        CH|Switzerland;Swiss Confederation|سويسرا;الاتحاد السويسري;سويسرة|Swiss|سويسري;سويسرية|Bern;Berne|برن;بيرن
        CI|Ivory Coast;Côte d'Ivoire;Cote d'Ivoire;Republic of Côte d'Ivoire|ساحل العاج;كوت ديفوار;جمهورية كوت ديفوار|Ivorian;Ivoirian|إيفواري;إيفوارية|Yamoussoukro;Abidjan|ياموسوكرو;أبيدجان;أبيجان
        CK|Cook Islands|جزر كوك|Cook Islander||Avarua|أفاروا
        CL|Chile;Republic of Chile|تشيلي;شيلي;جمهورية تشيلي|Chilean|تشيلي;تشيلية;شيلي;شيلية|Santiago;Santiago de Chile|سانتياغو;سانتياجو
        CM|Cameroon;Republic of Cameroon|الكاميرون;جمهورية الكاميرون|Cameroonian|كاميروني;كاميرونية|Yaoundé;Yaounde|ياوندي
        CN|China;People's Republic of China;PRC;Mainland China|الصين;جمهورية الصين الشعبية;الصين الشعبية|Chinese|صيني;صينية|Beijing;Peking|بكين;بيجين;بيجينغ
        CO|Colombia;Republic of Colombia|كولومبيا;جمهورية كولومبيا|Colombian|كولومبي;كولومبية|Bogotá;Bogota|بوغوتا;بوجوتا
        CR|Costa Rica;Republic of Costa Rica|كوستاريكا;كوستا ريكا;جمهورية كوستاريكا|Costa Rican|كوستاريكي;كوستاريكية|San José;San Jose|سان خوسيه
        CU|Cuba;Republic of Cuba|كوبا;جمهورية كوبا|Cuban|كوبي;كوبية|Havana;La Habana|هافانا
        CV|Cape Verde;Cabo Verde;Republic of Cabo Verde|الرأس الأخضر;جمهورية الرأس الأخضر;كاب فيردي;كابو فيردي|Cape Verdean;Cabo Verdean||Praia|برايا
        CW|Curaçao;Curacao|كوراساو;كوراكاو|Curaçaoan;Curacaoan|كوراساوي;كوراساوية|Willemstad|ويلمستاد
        CX|Christmas Island|جزيرة عيد الميلاد;جزيرة كريسماس|Christmas Islander||Flying Fish Cove|فلاينغ فيش كوف
        CY|Cyprus;Republic of Cyprus|قبرص;جمهورية قبرص|Cypriot|قبرصي;قبرصية|Nicosia|نيقوسيا
        CZ|Czechia;Czech Republic|التشيك;جمهورية التشيك;تشيكيا|Czech|تشيكي;تشيكية|Prague|براغ
        DE|Germany;Federal Republic of Germany|ألمانيا;جمهورية ألمانيا الاتحادية|German|ألماني;ألمانية;ألمان|Berlin|برلين
        DJ|Djibouti;Republic of Djibouti|جيبوتي;جمهورية جيبوتي|Djiboutian|جيبوتي;جيبوتية|Djibouti City|مدينة جيبوتي
        DK|Denmark;Kingdom of Denmark|الدنمارك;الدانمارك;مملكة الدنمارك|Danish;Dane|دنماركي;دنماركية;دانماركي;دانماركية|Copenhagen|كوبنهاغن;كوبنهاجن
        DM|Dominica;Commonwealth of Dominica|دومينيكا;كومنولث دومينيكا|||Roseau|روزو
        DO|Dominican Republic|جمهورية الدومينيكان;الدومينيكان|||Santo Domingo|سانتو دومينغو;سانتو دومينجو
        DZ|Algeria;People's Democratic Republic of Algeria|الجزائر;الجمهورية الجزائرية الديمقراطية الشعبية;الجمهورية الجزائرية|Algerian|جزائري;جزائرية|Algiers|الجزائر العاصمة
        EC|Ecuador;Republic of Ecuador|الإكوادور;إكوادور;جمهورية الإكوادور|Ecuadorian;Ecuadorean|إكوادوري;إكوادورية|Quito|كيتو
        EE|Estonia;Republic of Estonia|إستونيا;استونيا;جمهورية إستونيا|Estonian|إستوني;إستونية|Tallinn|تالين;تالن
        EG|Egypt;Arab Republic of Egypt|مصر;جمهورية مصر العربية|Egyptian|مصري;مصرية|Cairo|القاهرة
        EH|Western Sahara;Sahrawi Arab Democratic Republic;SADR|الصحراء الغربية;الجمهورية العربية الصحراوية الديمقراطية|Sahrawi;Saharawi;Sahraoui|صحراوي;صحراوية|Laayoune;El Aaiún;El Aaiun|العيون
        ER|Eritrea;State of Eritrea|إريتريا;إرتريا;دولة إريتريا|Eritrean|إريتري;إريترية;إرتري;إرترية|Asmara|أسمرة;أسمرا
        ES|Spain;Kingdom of Spain|إسبانيا;أسبانيا;مملكة إسبانيا|Spanish;Spaniard|إسباني;إسبانية;أسباني;أسبانية|Madrid|مدريد
        EU|European Union;EU;E.U.;European Central Bank;European Commission;European Investment Bank|الاتحاد الأوروبي;الاتحاد الاوروبي;الاتحاد الأوربي;الاتحاد الاوربي;البنك المركزي الأوروبي;المفوضية الأوروبية;المفوضية الاوروبية;المفوضية الأوربية;المفوضية الاوربية;بنك الاستثمار الأوروبي||||
        ET|Ethiopia;Federal Democratic Republic of Ethiopia;Abyssinia|إثيوبيا;أثيوبيا;جمهورية إثيوبيا الديمقراطية الاتحادية;جمهورية إثيوبيا الفيدرالية الديمقراطية;الحبشة|Ethiopian;Abyssinian|إثيوبي;إثيوبية;أثيوبي;أثيوبية;حبشي;حبشية|Addis Ababa|أديس أبابا
        FI|Finland;Republic of Finland;Suomi|فنلندا;فنلندة;جمهورية فنلندا|Finnish;Finn|فنلندي;فنلندية|Helsinki|هلسنكي
        FJ|Fiji;Republic of Fiji|فيجي;جمهورية فيجي;فيدجي|Fijian|فيجي;فيجية|Suva|سوفا
        FK|Falkland Islands;Falklands;Malvinas;Islas Malvinas;Malvinas Islands|جزر فوكلاند;جزر فوكلاند (مالفيناس);جزر مالفيناس;فوكلاند|Falkland Islander;Falklander|فوكلاندي;فوكلاندية|Stanley;Port Stanley|ستانلي;بورت ستانلي
        FM|Micronesia;Federated States of Micronesia;FSM|ميكرونيزيا;ولايات ميكرونيزيا المتحدة;ميكرونيسيا|Micronesian|ميكرونيزي;ميكرونيزية|Palikir|باليكير
        FO|Faroe Islands;Faroes;Faeroe Islands;Faeroes|جزر فارو;جزر فاروه;جزر الفارو|Faroese|فاروي;فاروية|Tórshavn;Torshavn|تورشافن
        FR|France;French Republic|فرنسا;الجمهورية الفرنسية|French|فرنسي;فرنسية|Paris;Elysee;Élysée|باريس;الإليزيه
        GA|Gabon;Gabonese Republic|الغابون;غابون;الجمهورية الغابونية|Gabonese|غابوني;غابونية|Libreville|ليبرفيل
        GB|United Kingdom;UK;U.K.;Britain;Great Britain;United Kingdom of Great Britain and Northern Ireland|المملكة المتحدة;بريطانيا;بريطانيا العظمى;المملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية|British;Briton|بريطاني;بريطانية;إنجليز;انجليز|London;Downing Street|لندن;داونينغ ستريت
        GD|Grenada|غرينادا;جرينادا;غرانادا|Grenadian|غرينادي;غرينادية|St. George's;Saint George's|سانت جورجز;سانت جورج
        GE|Georgia;Sakartvelo|جورجيا|Georgian|جورجي;جورجية|Tbilisi|تبليسي
        GF|French Guiana;Guyane|غويانا الفرنسية;غيانا الفرنسية;غويان|French Guianese;Guianese|غوياني فرنسي;غويانية فرنسية|Cayenne|كايين
        GG|Guernsey;Bailiwick of Guernsey|غيرنزي;غيرنسي;جيرنزي|||St Peter Port;Saint Peter Port|سانت بيتر بورت
        GH|Ghana;Republic of Ghana|غانا;جمهورية غانا|Ghanaian|غاني;غانية|Accra|أكرا
        GI|Gibraltar|جبل طارق|Gibraltarian|||
        GL|Greenland;Kalaallit Nunaat|غرينلاند;جرينلاند;غرينلند;غرينلاندا|Greenlandic;Greenlander|غرينلاندي;غرينلاندية|Nuuk;Godthåb|
        GM|Gambia;Republic of The Gambia|غامبيا;جامبيا;جمهورية غامبيا|Gambian|غامبي;غامبية|Banjul|بانجول
        GN|Guinea;Republic of Guinea;Guinea-Conakry|غينيا;جمهورية غينيا;غينيا كوناكري|||Conakry|كوناكري
        GP|Guadeloupe|غوادلوب;جوادلوب;غوادالوب|Guadeloupean|غوادلوبي;غوادلوبية|Basse-Terre|باس تير
        GQ|Equatorial Guinea;Republic of Equatorial Guinea|غينيا الاستوائية;جمهورية غينيا الاستوائية|Equatoguinean;Equatorial Guinean|غيني استوائي;غينية استوائية|Malabo|مالابو
        GR|Greece;Hellenic Republic;Hellas|اليونان;الجمهورية الهيلينية|Greek;Hellenic|يوناني;يونانية|Athens|أثينا
        GS|South Georgia and the South Sandwich Islands;South Georgia and South Sandwich Islands;South Georgia|جورجيا الجنوبية وجزر ساندويتش الجنوبية;جورجيا الجنوبية||||
        GT|Guatemala;Republic of Guatemala|غواتيمالا;جواتيمالا;جمهورية غواتيمالا|Guatemalan|غواتيمالي;غواتيمالية;جواتيمالي;جواتيمالية|Guatemala City|مدينة غواتيمالا;غواتيمالا سيتي
        GU|Guam|غوام;جوام|Guamanian|غوامي;غوامية|Hagåtña;Hagatna;Agana|هاغاتنا;أغانا
        GW|Guinea-Bissau;Guinea Bissau;Republic of Guinea-Bissau|غينيا بيساو;غينيا-بيساو;جمهورية غينيا بيساو|Bissau-Guinean|غيني بيساوي;غينية بيساوية|Bissau|بيساو
        GY|Guyana;Co-operative Republic of Guyana;Cooperative Republic of Guyana|غيانا;غويانا;جويانا;جمهورية غيانا التعاونية|Guyanese|غياني;غيانية;غوياني;غويانية|Georgetown|جورجتاون
        HK|Hong Kong;Hong Kong SAR;HKSAR;Hong Kong Special Administrative Region|هونغ كونغ;هونج كونج;هونغ كونج;منطقة هونغ كونغ الإدارية الخاصة|Hongkonger;Hong Konger;Hong Kongese|هونغ كونغي;هونغ كونغية||
        HM|Heard Island and McDonald Islands;Heard and McDonald Islands|جزيرة هيرد وجزر ماكدونالد;جزيرة هيرد وجزر مكدونالد||||
        HN|Honduras;Republic of Honduras|هندوراس;الهندوراس;جمهورية هندوراس|Honduran|هندوراسي;هندوراسية|Tegucigalpa|تيغوسيغالبا;تيجوسيجالبا
        HR|Croatia;Republic of Croatia;Hrvatska|كرواتيا;جمهورية كرواتيا|Croatian;Croat|كرواتي;كرواتية|Zagreb|زغرب;زاغرب
        HT|Haiti;Republic of Haiti|هايتي;جمهورية هايتي|Haitian|هايتي;هايتية|Port-au-Prince|بورت أو برنس;بور أو برانس
        HU|Hungary|المجر;هنغاريا;هنجاريا|Hungarian;Magyar|مجري;مجرية;هنغاري;هنغارية|Budapest|بودابست
        ID|Indonesia;Republic of Indonesia|إندونيسيا;أندونيسيا;جمهورية إندونيسيا|Indonesian|إندونيسي;إندونيسية|Jakarta|جاكرتا
        IE|Ireland;Republic of Ireland;Eire;Éire|أيرلندا;إيرلندا;جمهورية أيرلندا|Irish|أيرلندي;أيرلندية|Dublin|دبلن
        IL|Israel;State of Israel|إسرائيل;دولة إسرائيل|Israeli|إسرائيلي;إسرائيلية|Jerusalem;Tel Aviv|تل أبيب;القدس
        IM|Isle of Man|جزيرة مان;جزيرة آيل أوف مان|Manx||Douglas|دوغلاس
        IN|India;Republic of India;Bharat|الهند;جمهورية الهند|Indian|هندي;هندية|New Delhi|نيودلهي;نيو دلهي
        IO|British Indian Ocean Territory;BIOT;Chagos Islands;Chagos Archipelago|إقليم المحيط الهندي البريطاني;جزر تشاغوس;أرخبيل تشاغوس;جزر شاغوس|Chagossian|تشاغوسي;تشاغوسية||
        IQ|Iraq;Republic of Iraq|العراق;جمهورية العراق|Iraqi|عراقي;عراقية|Baghdad|بغداد
        IR|Iran;Islamic Republic of Iran;Persia|إيران;جمهورية إيران الإسلامية;الجمهورية الإسلامية الإيرانية|Iranian;Persian|إيراني;إيرانية|Tehran;Teheran|طهران
        IS|Iceland;Republic of Iceland|آيسلندا;آيسلاندا;أيسلندا;جمهورية آيسلندا|Icelandic;Icelander|آيسلندي;آيسلندية|Reykjavik;Reykjavík|ريكيافيك;ريكيافك
        IT|Italy;Italian Republic|إيطاليا;الجمهورية الإيطالية|Italian|إيطالي;إيطالية|Rome|روما
        JE|Jersey;Bailiwick of Jersey|جيرزي;جيرسي;جزيرة جيرسي|||Saint Helier;St Helier|سانت هيلير
        JM|Jamaica|جامايكا;جمايكا|Jamaican|جامايكي;جامايكية;جمايكي;جمايكية|Kingston|كينغستون;كنغستون
        JO|Jordan;Hashemite Kingdom of Jordan|الأردن;المملكة الأردنية الهاشمية|Jordanian|أردني;أردنية|Amman|
        JP|Japan;Nippon;Nihon|اليابان|Japanese|ياباني;يابانية|Tokyo|طوكيو
        KE|Kenya;Republic of Kenya|كينيا;جمهورية كينيا|Kenyan|كيني;كينية|Nairobi|نيروبي
        KG|Kyrgyzstan;Kyrgyz Republic;Kirghizia;Kirgizia|قرغيزستان;قيرغيزستان;جمهورية قرغيزستان;قرغيزيا|Kyrgyz;Kyrgyzstani;Kirghiz|قرغيزي;قرغيزية;قيرغيزي;قيرغيزية;قرغيزستاني;قرغيزستانية|Bishkek|بشكيك;بيشكيك
        KH|Cambodia;Kingdom of Cambodia;Kampuchea|كمبوديا;كامبوديا;مملكة كمبوديا|Cambodian;Khmer|كمبودي;كمبودية|Phnom Penh|بنوم بنه;بنوم بن
        KI|Kiribati;Republic of Kiribati|كيريباتي;كيريباس;جمهورية كيريباتي|I-Kiribati|كيريباتي;كيريباتية|South Tarawa;Tarawa|تاراوا;جنوب تاراوا
        KM|Comoros;Union of the Comoros;Comoro Islands|جزر القمر;القمر المتحدة;الاتحاد القمري;اتحاد جزر القمر|Comorian;Comoran|قمري;قمرية|Moroni|موروني
        KN|Saint Kitts and Nevis;St Kitts and Nevis;St. Kitts and Nevis;Saint Christopher and Nevis;Federation of Saint Kitts and Nevis;St Kitts|سانت كيتس ونيفيس;سانت كيتس ونيفس;اتحاد سانت كيتس ونيفيس|Kittitian;Nevisian|كيتسي;كيتسية|Basseterre|باستير
        KP|North Korea;DPRK;D.P.R.K.;Democratic People's Republic of Korea|كوريا الشمالية;جمهورية كوريا الديمقراطية الشعبية|North Korean|كوري شمالي;كورية شمالية|Pyongyang|بيونغيانغ;بيونغ يانغ;بيونج يانج
        KR|South Korea;Republic of Korea;ROK;RoK;R.O.K.;Korea|كوريا الجنوبية;جمهورية كوريا;كوريا|South Korean;Korean|كوري جنوبي;كورية جنوبية;كوري;كورية|Seoul|سيول;سول
        KW|Kuwait;State of Kuwait|الكويت;دولة الكويت|Kuwaiti|كويتي;كويتية|Kuwait City|مدينة الكويت
        KY|Cayman Islands;Caymans|جزر كايمان;جزر كيمان|Caymanian|كايماني;كايمانية|George Town|جورج تاون
        KZ|Kazakhstan;Republic of Kazakhstan|كازاخستان;جمهورية كازاخستان;قازاقستان|Kazakh;Kazakhstani|كازاخستاني;كازاخستانية;كازاخي;كازاخية|Astana;Nur-Sultan|أستانا;نور سلطان
        LA|Laos;Lao PDR;Lao People's Democratic Republic|لاوس;جمهورية لاو الديمقراطية الشعبية|Lao;Laotian|لاوسي;لاوسية|Vientiane|فيينتيان
        LB|Lebanon;Lebanese Republic|لبنان;الجمهورية اللبنانية|Lebanese|لبناني;لبنانية|Beirut|بيروت
        LC|Saint Lucia;St. Lucia;St Lucia|سانت لوسيا|Saint Lucian;St. Lucian||Castries|كاستريس
        LI|Liechtenstein;Principality of Liechtenstein|ليختنشتاين;ليشتنشتاين;إمارة ليختنشتاين|Liechtensteiner|ليختنشتايني;ليختنشتاينية|Vaduz|فادوز
        LK|Sri Lanka;Democratic Socialist Republic of Sri Lanka;Ceylon|سريلانكا;سري لانكا;جمهورية سريلانكا الديمقراطية الاشتراكية;سيلان|Sri Lankan|سريلانكي;سريلانكية|Colombo;Sri Jayawardenepura Kotte|كولومبو;سري جاياواردنبورا كوتي
        LR|Liberia;Republic of Liberia|ليبيريا;جمهورية ليبيريا|Liberian|ليبيري;ليبيرية|Monrovia|مونروفيا
        LS|Lesotho;Kingdom of Lesotho|ليسوتو;مملكة ليسوتو|Basotho;Mosotho;Lesothan|ليسوتوي;ليسوتوية|Maseru|ماسيرو
        LT|Lithuania;Republic of Lithuania|ليتوانيا;لتوانيا;جمهورية ليتوانيا|Lithuanian|ليتواني;ليتوانية;لتواني;لتوانية|Vilnius|فيلنيوس
        LU|Luxembourg;Grand Duchy of Luxembourg;Luxemburg|لوكسمبورغ;لوكسمبورج;لوكسمبرغ;دوقية لوكسمبورغ الكبرى|Luxembourgish;Luxembourger|لوكسمبورغي;لوكسمبورغية|Luxembourg City|مدينة لوكسمبورغ
        LV|Latvia;Republic of Latvia|لاتفيا;جمهورية لاتفيا|Latvian|لاتفي;لاتفية|Riga|ريغا;ريجا
        LY|Libya;State of Libya|ليبيا;دولة ليبيا|Libyan|ليبي;ليبية|Tripoli|طرابلس
        MA|Morocco;Kingdom of Morocco|المغرب;المملكة المغربية|Moroccan|مغربي;مغربية|Rabat|الرباط
        MC|Monaco;Principality of Monaco|موناكو;إمارة موناكو|Monégasque;Monegasque|موناكي;موناكية||
        MD|Moldova;Republic of Moldova;Moldavia|مولدوفا;جمهورية مولدوفا;مولدافيا|Moldovan|مولدوفي;مولدوفية;مولدافي;مولدافية|Chișinău;Chisinau|كيشيناو;كيشينيف
        ME|Montenegro|الجبل الأسود;جمهورية الجبل الأسود;مونتينيغرو|Montenegrin|مونتينيغري;مونتينيغرية|Podgorica|بودغوريتسا
        MF|Saint Martin;Saint-Martin;Collectivity of Saint Martin;French Saint Martin|سان مارتن;تجمع سان مارتن;سان مارتن الفرنسية|||Marigot|ماريغو
        MG|Madagascar;Republic of Madagascar|مدغشقر;جمهورية مدغشقر|Malagasy|مدغشقري;مدغشقرية;ملغاشي;ملغاشية|Antananarivo|أنتاناناريفو
        MH|Marshall Islands;Republic of the Marshall Islands|جزر مارشال;جمهورية جزر مارشال|Marshallese|مارشالي;مارشالية|Majuro|ماجورو
        MK|North Macedonia;Republic of North Macedonia;Macedonia;FYROM;Former Yugoslav Republic of Macedonia|مقدونيا الشمالية;جمهورية مقدونيا الشمالية;مقدونيا|North Macedonian;Macedonian|مقدوني;مقدونية|Skopje|سكوبيه;سكوبي
        ML|Mali;Republic of Mali|مالي;جمهورية مالي|Malian||Bamako|باماكو
        MM|Myanmar;Burma;Republic of the Union of Myanmar|ميانمار;ماينمار;بورما;جمهورية اتحاد ميانمار|Burmese|بورمي;بورمية;ميانماري;ميانمارية|Naypyidaw;Nay Pyi Taw;Naypyitaw|نايبيداو;نايبيتاو;ناي بي تاو
        MN|Mongolia|منغوليا;مونغوليا|Mongolian|منغولي;منغولية|Ulaanbaatar;Ulan Bator|أولان باتور;أولانباتار
        MO|Macau;Macao;Macau SAR;Macao Special Administrative Region|ماكاو;منطقة ماكاو الإدارية الخاصة|Macanese|ماكاوي;ماكاوية||
        MP|Northern Mariana Islands;Commonwealth of the Northern Mariana Islands;Northern Marianas;CNMI|جزر ماريانا الشمالية|Northern Mariana Islander||Saipan|سايبان
        MQ|Martinique|مارتينيك|Martinican;Martiniquais|مارتينيكي;مارتينيكية|Fort-de-France|فور دو فرانس
        MR|Mauritania;Islamic Republic of Mauritania|موريتانيا;الجمهورية الإسلامية الموريتانية|Mauritanian|موريتاني;موريتانية|Nouakchott|نواكشوط
        MS|Montserrat|مونتسرات|Montserratian||Brades|برادس
        MT|Malta;Republic of Malta|مالطا;مالطة;جمهورية مالطا|Maltese|مالطي;مالطية|Valletta|فاليتا
        MU|Mauritius;Republic of Mauritius|موريشيوس;جمهورية موريشيوس|Mauritian|موريشيوسي;موريشيوسية|Port Louis|بورت لويس
        MV|Maldives;Republic of Maldives;Maldive Islands|جزر المالديف;المالديف;جمهورية المالديف|Maldivian|مالديفي;مالديفية|Malé|ماليه
        MW|Malawi;Republic of Malawi|ملاوي;مالاوي;جمهورية ملاوي|Malawian|ملاوي;ملاوية;مالاوي;مالاوية|Lilongwe|ليلونغوي
        MX|Mexico;United Mexican States|المكسيك;الولايات المتحدة المكسيكية|Mexican|مكسيكي;مكسيكية|Mexico City;Ciudad de México|مكسيكو سيتي;مدينة مكسيكو
        MY|Malaysia|ماليزيا|Malaysian|ماليزي;ماليزية|Kuala Lumpur;Putrajaya|كوالالمبور;كوالا لمبور;بوتراجايا
        MZ|Mozambique;Republic of Mozambique|موزمبيق;موزامبيق;جمهورية موزمبيق|Mozambican|موزمبيقي;موزمبيقية|Maputo|مابوتو
        NA|Namibia;Republic of Namibia|ناميبيا;جمهورية ناميبيا|Namibian|ناميبي;ناميبية|Windhoek|ويندهوك
        NC|New Caledonia|كاليدونيا الجديدة|New Caledonian|كاليدوني;كاليدونية|Nouméa;Noumea|نوميا
        NE|Niger;Republic of Niger;Republic of the Niger|النيجر;جمهورية النيجر|Nigerien|نيجري;نيجرية|Niamey|نيامي
        NF|Norfolk Island|جزيرة نورفولك|Norfolk Islander|||
        NG|Nigeria;Federal Republic of Nigeria|نيجيريا;جمهورية نيجيريا الاتحادية|Nigerian|نيجيري;نيجيرية|Abuja|أبوجا
        NI|Nicaragua;Republic of Nicaragua|نيكاراغوا;نيكاراجوا;جمهورية نيكاراغوا|Nicaraguan|نيكاراغوي;نيكاراغوية;نيكاراجوي;نيكاراجوية|Managua|ماناغوا;ماناجوا
        NL|Netherlands;Holland;Kingdom of the Netherlands|هولندا;مملكة هولندا;الأراضي المنخفضة;مملكة الأراضي المنخفضة|Dutch;Netherlander|هولندي;هولندية|Amsterdam;Hague|أمستردام;لاهاي
        NO|Norway;Kingdom of Norway|النرويج;النروج;مملكة النرويج|Norwegian|نرويجي;نرويجية;نروجي;نروجية|Oslo|أوسلو
        NP|Nepal;Federal Democratic Republic of Nepal|نيبال;جمهورية نيبال الديمقراطية الاتحادية|Nepali;Nepalese|نيبالي;نيبالية|Kathmandu|كاتماندو
        NR|Nauru;Republic of Nauru|ناورو;جمهورية ناورو|Nauruan|ناوروي;ناوروية|Yaren|يارين
        NU|Niue|نييوي;نيوي|Niuean||Alofi|ألوفي
        NZ|New Zealand;Aotearoa|نيوزيلندا;نيوزلندا;نيوزيلاندا|New Zealander|نيوزيلندي;نيوزيلندية;نيوزلندي;نيوزلندية|Wellington|ويلنغتون;ولينغتون
        OM|Oman;Sultanate of Oman|سلطنة عمان|Omani|عماني;عمانية|Muscat|مسقط
        PA|Panama;Republic of Panama|بنما;باناما;جمهورية بنما|Panamanian|بنمي;بنمية|Panama City|مدينة بنما;بنما سيتي
        PE|Peru;Republic of Peru|بيرو;البيرو;جمهورية بيرو|Peruvian|بيروفي;بيروفية|Lima|ليما
        PF|French Polynesia|بولينيزيا الفرنسية|French Polynesian||Papeete|بابيتي
        PG|Papua New Guinea;Independent State of Papua New Guinea;PNG|بابوا غينيا الجديدة|Papua New Guinean||Port Moresby|بورت مورسبي
        PH|Philippines;Republic of the Philippines|الفلبين;الفيليبين;جمهورية الفلبين|Filipino;Philippine|فلبيني;فلبينية;فيليبيني;فيليبينية|Manila|مانيلا
        PK|Pakistan;Islamic Republic of Pakistan|باكستان;الباكستان;جمهورية باكستان الإسلامية|Pakistani|باكستاني;باكستانية|Islamabad|إسلام آباد
        PL|Poland;Republic of Poland|بولندا;بولونيا;جمهورية بولندا|Polish;Pole|بولندي;بولندية|Warsaw|وارسو
        PM|Saint Pierre and Miquelon;St. Pierre and Miquelon;Saint-Pierre-et-Miquelon|سان بيير وميكلون|||Saint-Pierre|سان بيير
        PN|Pitcairn Islands;Pitcairn;Pitcairn, Henderson, Ducie and Oeno Islands|جزر بيتكيرن;بيتكيرن|Pitcairn Islander||Adamstown|آدامزتاون
        PR|Puerto Rico;Commonwealth of Puerto Rico|بورتوريكو;بورتو ريكو|Puerto Rican|بورتوريكي;بورتوريكية|San Juan|سان خوان
        PS|Palestine;State of Palestine;Palestinian territories;Occupied Palestinian territories|فلسطين;دولة فلسطين;الأراضي الفلسطينية;الأراضي الفلسطينية المحتلة|Palestinian|فلسطيني;فلسطينية|Ramallah|رام الله
        PT|Portugal;Portuguese Republic|البرتغال;الجمهورية البرتغالية|Portuguese|برتغالي;برتغالية|Lisbon|لشبونة;ليشبونة
        PW|Palau;Republic of Palau|بالاو;جمهورية بالاو|Palauan|بالاوي;بالاوية|Ngerulmud|نغيرولمود
        PY|Paraguay;Republic of Paraguay|باراغواي;باراجواي;جمهورية باراغواي|Paraguayan|باراغوياني;باراغويانية;باراجوياني;باراجويانية|Asunción;Asuncion|أسونسيون
        QA|Qatar;State of Qatar|قطر;دولة قطر|Qatari|قطري;قطرية|Doha|الدوحة
        RE|Réunion;Reunion;La Réunion;La Reunion|ريونيون;لا ريونيون;جزيرة ريونيون;لاريونيون|Réunionese;Reunionese|ريونيوني;ريونيونية|Saint-Denis|سان دوني;سان دينيس
        RO|Romania;Roumania|رومانيا;جمهورية رومانيا|Romanian|روماني;رومانية|Bucharest|بوخارست
        RS|Serbia;Republic of Serbia|صربيا;جمهورية صربيا|Serbian;Serb|صربي;صربية|Belgrade|بلغراد
        RU|Russia;Russian Federation|روسيا;روسيا الاتحادية;الاتحاد الروسي|Russian|روسي;روسية|Moscow;Kremlin|موسكو;الكرملين
        RW|Rwanda;Republic of Rwanda|رواندا;جمهورية رواندا|Rwandan;Rwandese|رواندي;رواندية|Kigali|كيغالي;كيجالي
        SA|Saudi Arabia;Kingdom of Saudi Arabia;KSA|المملكة العربية السعودية;السعودية;المملكة السعودية|Saudi;Saudi Arabian|سعودي;سعودية|Riyadh|الرياض
        SB|Solomon Islands;Solomons|جزر سليمان;جزر سولومون|Solomon Islander||Honiara|هونيارا
        SC|Seychelles;Republic of Seychelles|سيشل;سيشيل;جمهورية سيشل;جزر سيشل|Seychellois|سيشلي;سيشلية;سيشيلي;سيشيلية|Victoria|فيكتوريا
        SD|Sudan;Republic of the Sudan;Republic of Sudan|السودان;جمهورية السودان|Sudanese|سوداني;سودانية|Khartoum;Port Sudan|الخرطوم;بورتسودان;بور سودان
        SE|Sweden;Kingdom of Sweden|السويد;مملكة السويد|Swedish;Swede|سويدي;سويدية|Stockholm|ستوكهولم
        SG|Singapore;Republic of Singapore|سنغافورة;جمهورية سنغافورة|Singaporean|سنغافوري;سنغافورية||
        SH|Saint Helena;St Helena;Saint Helena, Ascension and Tristan da Cunha|سانت هيلينا;سانت هيلانة;جزيرة سانت هيلينا|Saint Helenian;St Helenian||Jamestown|جيمستاون
        SI|Slovenia;Republic of Slovenia|سلوفينيا;جمهورية سلوفينيا|Slovenian;Slovene|سلوفيني;سلوفينية|Ljubljana|ليوبليانا;لوبليانا
        SJ|Svalbard and Jan Mayen;Svalbard|سفالبارد ويان ماين;سفالبارد;سفالبارد وجان ماين|||Longyearbyen|لونغيربين
        SK|Slovakia;Slovak Republic|سلوفاكيا;جمهورية سلوفاكيا;الجمهورية السلوفاكية|Slovak;Slovakian|سلوفاكي;سلوفاكية|Bratislava|براتيسلافا
        SL|Sierra Leone;Republic of Sierra Leone|سيراليون;سيرا ليون;جمهورية سيراليون|Sierra Leonean|سيراليوني;سيراليونية|Freetown|فريتاون
        SM|San Marino;Republic of San Marino|سان مارينو;جمهورية سان مارينو|Sammarinese;San Marinese||City of San Marino|مدينة سان مارينو
        SN|Senegal;Republic of Senegal|السنغال;جمهورية السنغال|Senegalese|سنغالي;سنغالية|Dakar|داكار
        SO|Somalia;Federal Republic of Somalia|الصومال;جمهورية الصومال الفيدرالية;جمهورية الصومال|Somali;Somalian|صومالي;صومالية|Mogadishu|مقديشو;مقديشيو
        SR|Suriname;Surinam;Republic of Suriname|سورينام;جمهورية سورينام|Surinamese|سورينامي;سورينامية|Paramaribo|باراماريبو
        SS|South Sudan;Republic of South Sudan|جنوب السودان;دولة جنوب السودان;جمهورية جنوب السودان|South Sudanese|جنوب سوداني;جنوب سودانية|Juba|جوبا
        ST|São Tomé and Príncipe;Sao Tome and Principe|ساو تومي وبرينسيب;ساو تومي وبرينسيبي;سان تومي وبرينسيب|São Toméan;Sao Tomean||São Tomé;Sao Tome|ساو تومي
        SV|El Salvador;Republic of El Salvador|السلفادور;جمهورية السلفادور|Salvadoran;Salvadorian;Salvadorean|سلفادوري;سلفادورية|San Salvador|سان سلفادور;سان سالفادور
        SX|Sint Maarten|سينت مارتن|Sint Maartener||Philipsburg|فيليبسبورغ
        SY|Syria;Syrian Arab Republic|سوريا;سورية;الجمهورية العربية السورية|Syrian|سوري;سورية|Damascus|دمشق
        SZ|Eswatini;Swaziland;Kingdom of Eswatini|إسواتيني;إيسواتيني;سواتيني;اسواتيني;سوازيلاند;مملكة إسواتيني|Swazi|سوازي;سوازية|Mbabane;Lobamba|مبابان;مباباني;لوبامبا
        TC|Turks and Caicos Islands;Turks and Caicos|جزر توركس وكايكوس;جزر تركس وكايكوس|Turks and Caicos Islander||Cockburn Town|كوكبرن تاون
        TD|Chad;Republic of Chad|تشاد;جمهورية تشاد|Chadian|تشادي;تشادية|N'Djamena;Ndjamena;N'Djaména|نجامينا;إنجامينا
        TF|French Southern and Antarctic Lands;French Southern Territories;TAAF|الأقاليم الجنوبية الفرنسية;أراضي فرنسا الجنوبية والقطبية الجنوبية;الأراضي الفرنسية الجنوبية والقطبية الجنوبية||||
        TG|Togo;Togolese Republic;Republic of Togo|توغو;جمهورية توغو|Togolese|توغولي;توغولية|Lomé;Lome|لومي;لومه
        TH|Thailand;Kingdom of Thailand;Siam|تايلاند;تايلند;مملكة تايلاند|Thai|تايلاندي;تايلاندية;تايلندي;تايلندية|Bangkok|بانكوك
        TJ|Tajikistan;Republic of Tajikistan|طاجيكستان;جمهورية طاجيكستان|Tajik;Tajikistani|طاجيكي;طاجيكية;طاجيكستاني;طاجيكستانية|Dushanbe|دوشنبه
        TK|Tokelau|توكيلاو;توكلو|Tokelauan|||
        TL|Timor-Leste;Timor Leste;East Timor;Democratic Republic of Timor-Leste|تيمور الشرقية;تيمور ليشتي;جمهورية تيمور الشرقية الديمقراطية|East Timorese;Timorese|تيموري;تيمورية|Dili|ديلي
        TM|Turkmenistan|تركمانستان;تركمنستان|Turkmen;Turkmenistani|تركمانستاني;تركمانستانية|Ashgabat;Ashkhabad|عشق آباد;عشقاباد
        TN|Tunisia;Republic of Tunisia;Tunisian Republic|تونس;الجمهورية التونسية;جمهورية تونس|Tunisian|تونسي;تونسية|Tunis|تونس العاصمة
        TO|Tonga;Kingdom of Tonga|تونغا;مملكة تونغا;تونجا|Tongan|تونغي;تونغية|Nuku'alofa;Nukualofa|نوكوالوفا;نوكو ألوفا
        TR|Türkiye;Turkey;Turkiye;Republic of Türkiye;Republic of Turkey|تركيا;الجمهورية التركية;جمهورية تركيا|Turkish;Turk|تركي;تركية;أتراك|Ankara|أنقرة
        TT|Trinidad and Tobago;Trinidad & Tobago;Trinidad|ترينيداد وتوباغو;ترينيداد وتوباجو;ترينيداد|Trinidadian;Tobagonian;Trinidadian and Tobagonian|ترينيدادي;ترينيدادية|Port of Spain;Port-of-Spain|بورت أوف سبين
        TV|Tuvalu|توفالو|Tuvaluan||Funafuti|فونافوتي
        TW|Taiwan;Chinese Taipei|تايوان;تايبيه الصينية|Taiwanese|تايواني;تايوانية|Taipei|تايبيه;تايبي
        TZ|Tanzania;United Republic of Tanzania|تنزانيا;جمهورية تنزانيا المتحدة|Tanzanian|تنزاني;تنزانية|Dodoma;Dar es Salaam|دودوما;دار السلام
        UA|Ukraine|أوكرانيا|Ukrainian|أوكراني;أوكرانية|Kyiv;Kiev|كييف
        UG|Uganda;Republic of Uganda|أوغندا;جمهورية أوغندا|Ugandan|أوغندي;أوغندية|Kampala|كمبالا
        UM|United States Minor Outlying Islands;US Minor Outlying Islands|جزر الولايات المتحدة الصغيرة النائية;جزر الولايات المتحدة البعيدة الصغيرة||||
        US|United States;United States of America;USA;U.S.;U.S.A.;America|الولايات المتحدة;الولايات المتحدة الأمريكية;الولايات المتحدة الأميركية;أمريكا;أميركا;الولاياتالمتحدة;الولاياتالمتحدةالأمريكية;الولاياتالمتحدةالأميركية|American|أمريكي;أمريكية;أميركي;أميركية;أمريكان;أميركان|Washington;Washington, D.C.;White House|واشنطن;البيت الأبيض
        UY|Uruguay;Oriental Republic of Uruguay|الأوروغواي;أوروغواي;الأوروجواي;أوروجواي;جمهورية الأوروغواي الشرقية|Uruguayan|أوروغواياني;أوروغوايانية|Montevideo|مونتيفيديو
        UZ|Uzbekistan;Republic of Uzbekistan|أوزبكستان;جمهورية أوزبكستان;أوزبكيستان|Uzbek;Uzbekistani|أوزبكي;أوزبكية;أوزبكستاني;أوزبكستانية|Tashkent|طشقند
        VA|Vatican City;Vatican;Holy See;Vatican City State|الفاتيكان;دولة الفاتيكان;مدينة الفاتيكان;الكرسي الرسولي||فاتيكاني;فاتيكانية||
        VC|Saint Vincent and the Grenadines;St Vincent and the Grenadines;Saint Vincent;St Vincent|سانت فينسنت والغرينادين;سانت فنسنت والغرينادين;سانت فنسنت وجزر غرينادين|Vincentian||Kingstown|كينغستاون
        VE|Venezuela;Bolivarian Republic of Venezuela|فنزويلا;جمهورية فنزويلا البوليفارية;فنزويلا البوليفارية|Venezuelan|فنزويلي;فنزويلية|Caracas|كاراكاس;كركاس
        VG|British Virgin Islands;BVI|جزر العذراء البريطانية|British Virgin Islander||Road Town|رود تاون
        VI|US Virgin Islands;United States Virgin Islands;USVI|جزر العذراء الأمريكية;جزر العذراء الأميركية;جزر العذراء التابعة للولايات المتحدة|US Virgin Islander||Charlotte Amalie|شارلوت أمالي
        VN|Vietnam;Viet Nam;Socialist Republic of Vietnam|فيتنام;فييتنام;جمهورية فيتنام الاشتراكية|Vietnamese|فيتنامي;فيتنامية|Hanoi|هانوي
        VU|Vanuatu;Republic of Vanuatu|فانواتو;جمهورية فانواتو|Ni-Vanuatu;Vanuatuan||Port Vila;Port-Vila|بورت فيلا
        WF|Wallis and Futuna;Wallis and Futuna Islands|واليس وفوتونا;جزر واليس وفوتونا|Wallisian;Futunan||Mata-Utu;Mata Utu|ماتا أوتو
        WS|Samoa;Independent State of Samoa;Western Samoa|ساموا;دولة ساموا المستقلة;ساموا الغربية|Samoan|ساموي;ساموية|Apia|آبيا;أبيا
        YE|Yemen;Republic of Yemen|اليمن;الجمهورية اليمنية|Yemeni;Yemenite|يمني;يمنية|Sanaa;Sana'a;Aden|صنعاء;عدن
        YT|Mayotte|مايوت|Mahoran||Mamoudzou|مامودزو
        ZA|South Africa;Republic of South Africa;RSA|جنوب أفريقيا;جنوب إفريقيا;جمهورية جنوب أفريقيا|South African|جنوب أفريقي;جنوب أفريقية;جنوب إفريقي;جنوب إفريقية|Pretoria;Cape Town|بريتوريا;كيب تاون
        ZM|Zambia;Republic of Zambia|زامبيا;جمهورية زامبيا|Zambian|زامبي;زامبية|Lusaka|لوساكا
        ZW|Zimbabwe;Republic of Zimbabwe|زيمبابوي;جمهورية زيمبابوي|Zimbabwean|زيمبابوي;زيمبابوية|Harare|هراري
        """
}
