package place

// The gazetteer is hand-written: the 12 regions of the 2015 division, their
// provinces and prefectures, and the cities and districts that postings
// name, each with French, Arabic, English and common scraped spellings.
// Spellings are written naturally; they are normalised (case, accents,
// Arabic letter variants, punctuation) when the index is built.
//
// An alias starting with "~" is weak: it is also an ordinary word ("Salé"
// without its accent is English "sale", "الجديدة" is "the new") and matches
// only as a whole segment of the text — between punctuation or the ends
// of the text, as in "Rabat, Sale" or "Commercial - Sale" but not in
// "Point of Sale Manager".

// regions lists the 12 regions in official order, with the names they
// are written under, including those of the 1997 regions whose territory
// went whole into one new region.
var regions = []struct {
	Region
	aliases string
}{
	{Region{"tanger-tetouan-al-hoceima", "Tanger-Tétouan-Al Hoceïma", "طنجة تطوان الحسيمة", "Tangier-Tetouan-Al Hoceima"},
		"Tanger-Tétouan-Al Hoceïma|Tanger-Tetouan-Al Hoceima|Tangier-Tetouan-Al Hoceima|Tanger-Tétouan|Tanger Tetouan|جهة طنجة تطوان الحسيمة|طنجة تطوان الحسيمة|طنجة تطوان"},
	{Region{"oriental", "L'Oriental", "الشرق", "Oriental"},
		"~Oriental|~L'Oriental|Région de l'Oriental|Region de l'Oriental|Oriental region|Région Orientale|Jiha Charq|جهة الشرق|الجهة الشرقية"},
	{Region{"fes-meknes", "Fès-Meknès", "فاس مكناس", "Fez-Meknes"},
		"Fès-Meknès|Fes-Meknes|Fez-Meknes|Fès-Boulemane|جهة فاس مكناس|فاس مكناس"},
	{Region{"rabat-sale-kenitra", "Rabat-Salé-Kénitra", "الرباط سلا القنيطرة", "Rabat-Sale-Kenitra"},
		"Rabat-Salé-Kénitra|Rabat-Sale-Kenitra|Rabat-Salé-Zemmour-Zaër|Rabat-Sale-Zemmour-Zaer|Gharb-Chrarda-Béni Hssen|Gharb-Chrarda-Beni Hssen|جهة الرباط سلا القنيطرة|الرباط سلا القنيطرة"},
	{Region{"beni-mellal-khenifra", "Béni Mellal-Khénifra", "بني ملال خنيفرة", "Beni Mellal-Khenifra"},
		"Béni Mellal-Khénifra|Beni Mellal-Khenifra|Beni-Mellal-Khenifra|Tadla-Azilal|جهة بني ملال خنيفرة|بني ملال خنيفرة"},
	{Region{"casablanca-settat", "Casablanca-Settat", "الدار البيضاء سطات", "Casablanca-Settat"},
		"Casablanca-Settat|Casa-Settat|Grand Casablanca|Grand Casa|جهة الدار البيضاء سطات|الدار البيضاء سطات"},
	{Region{"marrakech-safi", "Marrakech-Safi", "مراكش آسفي", "Marrakesh-Safi"},
		"Marrakech-Safi|Marrakesh-Safi|Marrakech-Tensift-Al Haouz|Marrakech-Tensift-El Haouz|جهة مراكش آسفي|مراكش آسفي"},
	{Region{"draa-tafilalet", "Drâa-Tafilalet", "درعة تافيلالت", "Draa-Tafilalet"},
		"Drâa-Tafilalet|Draa-Tafilalet|Draa Tafilalt|Tafilalet|جهة درعة تافيلالت|درعة تافيلالت"},
	{Region{"souss-massa", "Souss-Massa", "سوس ماسة", "Souss-Massa"},
		"Souss-Massa|Souss Massa|Souss|جهة سوس ماسة|سوس ماسة|سوس"},
	{Region{"guelmim-oued-noun", "Guelmim-Oued Noun", "كلميم واد نون", "Guelmim-Oued Noun"},
		"Guelmim-Oued Noun|Guelmim-Oued Noon|Guelmim Oued Noun|جهة كلميم واد نون|كلميم واد نون"},
	{Region{"laayoune-sakia-el-hamra", "Laâyoune-Sakia El Hamra", "العيون الساقية الحمراء", "Laayoune-Sakia El Hamra"},
		"Laâyoune-Sakia El Hamra|Laayoune-Sakia El Hamra|Laâyoune-Boujdour-Sakia El Hamra|Laayoune-Boujdour-Sakia El Hamra|Sakia El Hamra|جهة العيون الساقية الحمراء|العيون الساقية الحمراء|الساقية الحمراء"},
	{Region{"dakhla-oued-ed-dahab", "Dakhla-Oued Ed-Dahab", "الداخلة وادي الذهب", "Dakhla-Oued Ed-Dahab"},
		"Dakhla-Oued Ed-Dahab|Dakhla-Oued Ed Dahab|Dakhla-Oued Eddahab|Oued Ed-Dahab-Lagouira|Oued Eddahab|جهة الداخلة وادي الذهب|الداخلة وادي الذهب|وادي الذهب"},
}

// places lists cities, districts, provinces and prefectures: region code,
// province or prefecture, canonical city ("" for a province named alone),
// and aliases separated by "|".
var places = []struct{ region, province, city, aliases string }{
	// Tanger-Tétouan-Al Hoceïma
	{"tanger-tetouan-al-hoceima", "Tanger-Assilah", "Tanger", "Tanger|Tangier|Tangiers|Tánger|Tanja|Tangier Med|Tanger Med|TFZ|طنجة|طنجه"},
	{"tanger-tetouan-al-hoceima", "Tanger-Assilah", "Asilah", "Asilah|Assilah|Arcila|أصيلة|اصيلة"},
	{"tanger-tetouan-al-hoceima", "Tétouan", "Tétouan", "Tétouan|Tetouan|Tetuan|Tetuán|Tittawin|تطوان"},
	{"tanger-tetouan-al-hoceima", "M'diq-Fnideq", "M'diq", "M'diq|Mdiq|M diq|Mdik|~المضيق"},
	{"tanger-tetouan-al-hoceima", "M'diq-Fnideq", "Fnideq", "Fnideq|Fnidek|Castillejos|الفنيدق"},
	{"tanger-tetouan-al-hoceima", "M'diq-Fnideq", "Martil", "Martil|Martile|مرتيل"},
	{"tanger-tetouan-al-hoceima", "M'diq-Fnideq", "", "M'diq-Fnideq|Mdiq-Fnideq|المضيق الفنيدق"},
	{"tanger-tetouan-al-hoceima", "Al Hoceïma", "Al Hoceïma", "Al Hoceïma|Al Hoceima|Al-Hoceima|Alhoceima|El Hoceima|Hoceima|Alhucemas|الحسيمة"},
	{"tanger-tetouan-al-hoceima", "Al Hoceïma", "Targuist", "Targuist|Targist|تارجيست|تاركيست"},
	{"tanger-tetouan-al-hoceima", "Larache", "Larache", "Larache|Laraiche|العرائش"},
	{"tanger-tetouan-al-hoceima", "Larache", "Ksar El Kébir", "Ksar El Kébir|Ksar El Kebir|Ksar Kebir|Ksar-El-Kebir|Alcazarquivir|القصر الكبير"},
	{"tanger-tetouan-al-hoceima", "Chefchaouen", "Chefchaouen", "Chefchaouen|Chaouen|Chefchaouene|Xauen|شفشاون"},
	{"tanger-tetouan-al-hoceima", "Ouezzane", "Ouezzane", "Ouezzane|Ouazzane|Wazzan|وزان"},
	{"tanger-tetouan-al-hoceima", "Fahs-Anjra", "", "Fahs-Anjra|Fahs Anjra|Ksar Sghir|Ksar Seghir|الفحص أنجرة"},
	// L'Oriental
	{"oriental", "Oujda-Angad", "Oujda", "Oujda|Oudja|Wajda|وجدة"},
	{"oriental", "Nador", "Nador", "Nador|الناظور"},
	{"oriental", "Nador", "Beni Ensar", "Beni Ensar|Béni Ensar|Bni Ansar|Beni Nsar|بني أنصار"},
	{"oriental", "Nador", "Al Aroui", "Al Aroui|Al-Aroui|El Aroui|Laaroui|العروي"},
	{"oriental", "Nador", "Zaïo", "Zaïo|Zaio|زايو"},
	{"oriental", "Nador", "Selouane", "Selouane|سلوان"},
	{"oriental", "Driouch", "Driouch", "Driouch|الدريوش"},
	{"oriental", "Driouch", "Midar", "Midar|ميضار"},
	{"oriental", "Berkane", "Berkane", "Berkane|~بركان"},
	{"oriental", "Berkane", "Saïdia", "Saïdia|Saidia|السعيدية"},
	{"oriental", "Berkane", "Ahfir", "Ahfir|أحفير"},
	{"oriental", "Taourirt", "Taourirt", "Taourirt|تاوريرت"},
	{"oriental", "Guercif", "Guercif", "Guercif|Guersif|جرسيف"},
	{"oriental", "Jerada", "Jerada", "Jerada|Jrada|جرادة"},
	{"oriental", "Figuig", "Figuig", "Figuig|فجيج|فكيك"},
	{"oriental", "Figuig", "Bouarfa", "Bouarfa|بوعرفة"},
	// Fès-Meknès
	{"fes-meknes", "Fès", "Fès", "Fès|Fes|Fez|~Fas|فاس"},
	{"fes-meknes", "Meknès", "Meknès", "Meknès|Meknes|Miknas|مكناس"},
	{"fes-meknes", "Taza", "Taza", "Taza|تازة"},
	{"fes-meknes", "Ifrane", "Ifrane", "Ifrane|Ifran|إفران|افران"},
	{"fes-meknes", "Ifrane", "Azrou", "Azrou|أزرو|ازرو"},
	{"fes-meknes", "Sefrou", "Sefrou", "Sefrou|Séfrou|صفرو"},
	{"fes-meknes", "El Hajeb", "El Hajeb", "El Hajeb|El-Hajeb|Hajeb|~الحاجب"},
	{"fes-meknes", "Taounate", "Taounate", "Taounate|تاونات"},
	{"fes-meknes", "Boulemane", "Boulemane", "Boulemane|بولمان"},
	{"fes-meknes", "Boulemane", "Missour", "Missour|ميسور"},
	{"fes-meknes", "Moulay Yacoub", "Moulay Yacoub", "Moulay Yacoub|Moulay Yaacoub|مولاي يعقوب"},
	// Rabat-Salé-Kénitra
	{"rabat-sale-kenitra", "Rabat", "Rabat", "Rabat|~Raba|Agdal|Hay Riad|Hay Ryad|Souissi|Hassan Rabat|الرباط|رباط"},
	{"rabat-sale-kenitra", "Salé", "Salé", "Salé|~Sale|~Sla|Technopolis|Technopark Salé|سلا"},
	{"rabat-sale-kenitra", "Salé", "Sala Al Jadida", "Sala Al Jadida|Sala El Jadida|Sale El Jadida|Salé El Jadida|Sala Aljadida|سلا الجديدة"},
	{"rabat-sale-kenitra", "Skhirat-Témara", "Témara", "Témara|Temara|تمارة"},
	{"rabat-sale-kenitra", "Skhirat-Témara", "Skhirat", "Skhirat|Skhirate|Skhrirat|الصخيرات"},
	{"rabat-sale-kenitra", "Skhirat-Témara", "Aïn Aouda", "Aïn Aouda|Ain Aouda|عين عودة"},
	{"rabat-sale-kenitra", "Skhirat-Témara", "Harhoura", "Harhoura|الهرهورة"},
	{"rabat-sale-kenitra", "Skhirat-Témara", "Aïn Attig", "Aïn Attig|Ain Attig|Ain Atiq|Aïn Atiq|عين عتيق"},
	{"rabat-sale-kenitra", "Skhirat-Témara", "", "Skhirat-Témara|Skhirat-Temara|الصخيرات تمارة"},
	{"rabat-sale-kenitra", "Kénitra", "Kénitra", "Kénitra|Kenitra|Knitra|القنيطرة"},
	{"rabat-sale-kenitra", "Kénitra", "Souk El Arbaa", "Souk El Arbaa|Souk El Arbaâ|Souk El Arbaa du Gharb|Souk Larbaa|سوق الأربعاء الغرب|سوق الأربعاء"},
	{"rabat-sale-kenitra", "Kénitra", "Moulay Bousselham", "Moulay Bousselham|Moulay Bouselham|مولاي بوسلهام"},
	{"rabat-sale-kenitra", "Kénitra", "Sidi Yahya El Gharb", "Sidi Yahya El Gharb|Sidi Yahya du Gharb|Sidi Yahia|سيدي يحيى الغرب"},
	{"rabat-sale-kenitra", "Khémisset", "Khémisset", "Khémisset|Khemisset|الخميسات"},
	{"rabat-sale-kenitra", "Khémisset", "Tiflet", "Tiflet|تيفلت"},
	{"rabat-sale-kenitra", "Khémisset", "Sidi Allal El Bahraoui", "Sidi Allal El Bahraoui|Sidi Allal Bahraoui|سيدي علال البحراوي"},
	{"rabat-sale-kenitra", "Sidi Kacem", "Sidi Kacem", "Sidi Kacem|Sidi Qacem|سيدي قاسم"},
	{"rabat-sale-kenitra", "Sidi Kacem", "Mechra Bel Ksiri", "Mechra Bel Ksiri|Mechraa Bel Ksiri|Belksiri|Bel Ksiri|مشرع بلقصيري"},
	{"rabat-sale-kenitra", "Sidi Slimane", "Sidi Slimane", "Sidi Slimane|سيدي سليمان"},
	// Béni Mellal-Khénifra
	{"beni-mellal-khenifra", "Béni Mellal", "Béni Mellal", "Béni Mellal|Beni Mellal|Beni-Mellal|Bni Mellal|بني ملال"},
	{"beni-mellal-khenifra", "Béni Mellal", "Kasba Tadla", "Kasba Tadla|Kasbat Tadla|قصبة تادلة"},
	{"beni-mellal-khenifra", "Khouribga", "Khouribga", "Khouribga|Khribga|خريبكة"},
	{"beni-mellal-khenifra", "Khouribga", "Oued Zem", "Oued Zem|Oued-Zem|وادي زم"},
	{"beni-mellal-khenifra", "Khénifra", "Khénifra", "Khénifra|Khenifra|خنيفرة"},
	{"beni-mellal-khenifra", "Fquih Ben Salah", "Fquih Ben Salah", "Fquih Ben Salah|Fkih Ben Salah|Fqih Ben Salah|El Fkih Ben Salah|الفقيه بن صالح"},
	{"beni-mellal-khenifra", "Fquih Ben Salah", "Souk Sebt Oulad Nemma", "Souk Sebt Oulad Nemma|Ouled Nemma|Oulad Nemma|Souk Sebt|سوق السبت أولاد النمة"},
	{"beni-mellal-khenifra", "Azilal", "Azilal", "Azilal|أزيلال|ازيلال"},
	{"beni-mellal-khenifra", "Azilal", "Demnate", "Demnate|دمنات"},
	// Casablanca-Settat
	{"casablanca-settat", "Casablanca", "Casablanca", "Casablanca|Casa|Casablance|Casblanca|Casablnca|Dar el Beida|Dar El Baida|Dar Beida|Anfa|Maarif|Maârif|Sidi Maarouf|Aïn Sebaâ|Ain Sebaa|Aïn Sebaa|Sidi Bernoussi|Bernoussi|Sidi Moumen|Hay Hassani|Aïn Chock|Ain Chock|Ben M'Sick|Ben Msick|Casanearshore|Casa Nearshore|Casablanca Finance City|الدار البيضاء|الدارالبيضاء|الدار البيضا|كازا|كازابلانكا"},
	{"casablanca-settat", "Mohammedia", "Mohammedia", "Mohammedia|Mohammédia|Mohamedia|المحمدية"},
	{"casablanca-settat", "Mohammedia", "Aïn Harrouda", "Aïn Harrouda|Ain Harrouda|عين حرودة"},
	{"casablanca-settat", "Nouaceur", "Nouaceur", "Nouaceur|Nouasseur|Nouacer|Nouaceur-Sapino|Sapino|النواصر"},
	{"casablanca-settat", "Nouaceur", "Bouskoura", "Bouskoura|بوسكورة"},
	{"casablanca-settat", "Nouaceur", "Dar Bouazza", "Dar Bouazza|دار بوعزة"},
	{"casablanca-settat", "Nouaceur", "Ouled Saleh", "Ouled Saleh|Oulad Saleh|أولاد صالح"},
	{"casablanca-settat", "Médiouna", "Médiouna", "Médiouna|Mediouna|مديونة"},
	{"casablanca-settat", "Médiouna", "Tit Mellil", "Tit Mellil|Tit-Mellil|تيط مليل"},
	{"casablanca-settat", "El Jadida", "El Jadida", "El Jadida|El-Jadida|Eljadida|Jadida|Mazagan|~الجديدة"},
	{"casablanca-settat", "El Jadida", "Jorf Lasfar", "Jorf Lasfar|Jorf El Asfar|الجرف الأصفر"},
	{"casablanca-settat", "El Jadida", "Azemmour", "Azemmour|Azemour|أزمور"},
	{"casablanca-settat", "Sidi Bennour", "Sidi Bennour", "Sidi Bennour|سيدي بنور"},
	{"casablanca-settat", "Settat", "Settat", "Settat|سطات"},
	{"casablanca-settat", "Settat", "Ben Ahmed", "Ben Ahmed|Benahmed|بن أحمد"},
	{"casablanca-settat", "Berrechid", "Berrechid", "Berrechid|Berchid|Berrchid|برشيد"},
	{"casablanca-settat", "Berrechid", "Had Soualem", "Had Soualem|Had Swalem|حد السوالم"},
	{"casablanca-settat", "Berrechid", "Deroua", "Deroua|الدروة"},
	{"casablanca-settat", "Benslimane", "Benslimane", "Benslimane|Ben Slimane|Ben-Slimane|بنسليمان|بن سليمان"},
	{"casablanca-settat", "Benslimane", "Bouznika", "Bouznika|بوزنيقة"},
	// Marrakech-Safi
	{"marrakech-safi", "Marrakech", "Marrakech", "Marrakech|Marrakesh|Marakech|Marrakch|Marrakeche|Kech|Guéliz|Gueliz|مراكش"},
	{"marrakech-safi", "Safi", "Safi", "Safi|Asfi|آسفي|أسفي"},
	{"marrakech-safi", "Essaouira", "Essaouira", "Essaouira|Mogador|الصويرة"},
	{"marrakech-safi", "El Kelaâ des Sraghna", "El Kelaâ des Sraghna", "El Kelaâ des Sraghna|El Kelaa des Sraghna|Kelaa des Sraghna|Kelâa des Sraghna|El Kelâa des Sraghna|Kalaat Sraghna|Kelaat Sraghna|قلعة السراغنة"},
	{"marrakech-safi", "El Kelaâ des Sraghna", "Attaouia", "Attaouia|Ettaouia|العطاوية"},
	{"marrakech-safi", "Youssoufia", "Youssoufia", "Youssoufia|Youssoufiya|اليوسفية"},
	{"marrakech-safi", "Rehamna", "Ben Guerir", "Ben Guerir|Benguerir|Benguérir|Ben Guérir|Ben-Guerir|بن جرير|ابن جرير|بنجرير"},
	{"marrakech-safi", "Rehamna", "", "Rehamna|Rhamna|الرحامنة"},
	{"marrakech-safi", "Chichaoua", "Chichaoua", "Chichaoua|شيشاوة"},
	{"marrakech-safi", "Al Haouz", "", "Al Haouz|El Haouz|Haouz|الحوز"},
	{"marrakech-safi", "Al Haouz", "Tahannaout", "Tahannaout|Tahanaout|تحناوت"},
	{"marrakech-safi", "Al Haouz", "Aït Ourir", "Aït Ourir|Ait Ourir|أيت أورير"},
	{"marrakech-safi", "Al Haouz", "Amizmiz", "Amizmiz|أمزميز"},
	// Drâa-Tafilalet
	{"draa-tafilalet", "Errachidia", "Errachidia", "Errachidia|Er-Rachidia|Er Rachidia|Rachidia|Ksar Es Souk|الرشيدية"},
	{"draa-tafilalet", "Errachidia", "Erfoud", "Erfoud|أرفود|ارفود"},
	{"draa-tafilalet", "Errachidia", "Rissani", "Rissani|الريصاني"},
	{"draa-tafilalet", "Errachidia", "Goulmima", "Goulmima|كلميمة"},
	{"draa-tafilalet", "Ouarzazate", "Ouarzazate", "Ouarzazate|Warzazat|ورزازات"},
	{"draa-tafilalet", "Zagora", "Zagora", "Zagora|زاكورة"},
	{"draa-tafilalet", "Tinghir", "Tinghir", "Tinghir|Tineghir|Tinerhir|تنغير"},
	{"draa-tafilalet", "Tinghir", "Kelaat M'Gouna", "Kelaat M'Gouna|Kelâat M'Gouna|Kalaat Mgouna|Kelaat Mgouna|قلعة مكونة"},
	{"draa-tafilalet", "Midelt", "Midelt", "Midelt|ميدلت"},
	// Souss-Massa
	{"souss-massa", "Agadir-Ida-Ou-Tanane", "Agadir", "Agadir|Agadir-Ida-Ou-Tanane|Agadir Ida Outanane|Taghazout|أكادير|اكادير|أگادير"},
	{"souss-massa", "Agadir-Ida-Ou-Tanane", "Drarga", "Drarga|الدراركة"},
	{"souss-massa", "Inezgane-Aït Melloul", "Inezgane", "Inezgane|Inzegane|Dcheira|إنزكان|انزكان"},
	{"souss-massa", "Inezgane-Aït Melloul", "Aït Melloul", "Aït Melloul|Ait Melloul|Aït Meloul|Ait Meloul|أيت ملول|ايت ملول"},
	{"souss-massa", "Inezgane-Aït Melloul", "", "Inezgane-Aït Melloul|Inezgane-Ait Melloul|إنزكان أيت ملول"},
	{"souss-massa", "Taroudant", "Taroudant", "Taroudant|Taroudannt|تارودانت"},
	{"souss-massa", "Taroudant", "Taliouine", "Taliouine|تالوين"},
	{"souss-massa", "Taroudant", "Oulad Teima", "Oulad Teima|Ouled Teima|Oulad Taima|Houara|أولاد تايمة"},
	{"souss-massa", "Taroudant", "Aït Iazza", "Aït Iazza|Ait Iazza|أيت إعزة"},
	{"souss-massa", "Taroudant", "Askaoun", "Askaoun|أسكاون"},
	{"souss-massa", "Tiznit", "Tiznit", "Tiznit|تيزنيت"},
	{"souss-massa", "Tiznit", "Tafraout", "Tafraout|Tafraoute|تافراوت"},
	{"souss-massa", "Chtouka-Aït Baha", "Biougra", "Biougra|بيوكرى"},
	{"souss-massa", "Chtouka-Aït Baha", "", "Chtouka-Aït Baha|Chtouka Ait Baha|Chtouka|Aït Baha|Ait Baha|اشتوكة آيت باها"},
	{"souss-massa", "Tata", "Tata", "~Tata|طاطا"},
	// Guelmim-Oued Noun
	{"guelmim-oued-noun", "Guelmim", "Guelmim", "Guelmim|Goulimine|Guelmime|كلميم"},
	{"guelmim-oued-noun", "Tan-Tan", "Tan-Tan", "Tan-Tan|Tantan|Tan Tan|طانطان"},
	{"guelmim-oued-noun", "Sidi Ifni", "Sidi Ifni", "Sidi Ifni|Ifni|سيدي إفني|سيدي افني"},
	{"guelmim-oued-noun", "Assa-Zag", "", "Assa-Zag|Assa Zag|آسا الزاك"},
	// Laâyoune-Sakia El Hamra
	{"laayoune-sakia-el-hamra", "Laâyoune", "Laâyoune", "Laâyoune|Laayoune|Laayoun|Layoune|El Aaiún|El Aaiun|Al Ayoun|العيون"},
	{"laayoune-sakia-el-hamra", "Boujdour", "Boujdour", "Boujdour|Boujador|بوجدور"},
	{"laayoune-sakia-el-hamra", "Es-Semara", "Smara", "Smara|Es-Semara|Es Semara|Semara|السمارة"},
	{"laayoune-sakia-el-hamra", "Tarfaya", "Tarfaya", "Tarfaya|طرفاية"},
	// Dakhla-Oued Ed-Dahab
	{"dakhla-oued-ed-dahab", "Oued Ed-Dahab", "Dakhla", "Dakhla|Dakhala|Ad Dakhla|Villa Cisneros|~الداخلة"},
	{"dakhla-oued-ed-dahab", "Aousserd", "", "Aousserd|Awsard|أوسرد"},
}

// moroccoNames name the country itself: "Tout le Maroc" says Morocco but
// no region. "~MA" is LinkedIn's "Casablanca, 6, MA".
const moroccoNames = "Maroc|Morocco|Marruecos|Marokko|Tout le Maroc|Toutes les villes du Maroc|Royaume du Maroc|Kingdom of Morocco|~MA|المغرب|المملكة المغربية|كل المغرب"

// remoteNames mark remote work. Hybrid work is not remote: the place named
// with it is kept.
const remoteNames = "Télétravail|Teletravail|Télé-travail|Télétravail total|100% télétravail|Full remote|Fully remote|Remote|Remote first|100% remote|Work from home|Working from home|WFH|Home office|Home-based|À distance|A distance|Travail à distance|عن بعد|العمل عن بعد|من المنزل"

// abroad lists foreign countries, with their main cities and regions, by
// English country name. Country "" is a foreign area larger than one
// country ("Europe", "pays du Golfe").
var abroad = []struct{ country, aliases string }{
	{"France", "France|Frankreich|Île-de-France|Ile-de-France|Ile de France|Paris|Lyon|Marseille|Toulouse|Lille|Nantes|Bordeaux|Montpellier|Strasbourg|Rennes|Grenoble|Villeurbanne|Nanterre|Puteaux|La Défense|Boulogne-Billancourt|Issy-les-Moulineaux|Neuilly-sur-Seine|Courbevoie|Levallois-Perret|Sophia Antipolis|Auvergne-Rhône-Alpes|Occitanie|Nouvelle-Aquitaine|Hauts-de-France|Grand Est|Bretagne|Normandie|Pays de la Loire|Provence-Alpes-Côte d'Azur|Bourgogne-Franche-Comté|Centre-Val de Loire|Corse|فرنسا|باريس|ليون"},
	{"Germany", "Allemagne|Germany|Deutschland|Berlin|Munich|München|Hamburg|Hambourg|Frankfurt|Francfort|Cologne|Köln|Stuttgart|Düsseldorf|ألمانيا|المانيا"},
	{"Spain", "Espagne|Spain|España|Madrid|Barcelone|Barcelona|Valencia|Valence Espagne|Séville|Sevilla|Malaga|Málaga|Algésiras|Algeciras|Ceuta|Sebta|Melilla|إسبانيا|اسبانيا|سبتة|مليلية"},
	{"Belgium", "Belgique|Belgium|België|Bruxelles|Brussels|Anvers|Antwerp|Liège|Gand|Ghent|Charleroi|Namur|بلجيكا|بروكسل"},
	{"Netherlands", "Pays-Bas|Pays Bas|Netherlands|Nederland|Holland|Hollande|Amsterdam|Rotterdam|La Haye|The Hague|Eindhoven|Utrecht|هولندا"},
	{"Luxembourg", "Luxembourg|Luxemburg|لوكسمبورغ"},
	{"Switzerland", "Suisse|Switzerland|Schweiz|Genève|Geneve|Geneva|Zurich|Zürich|Lausanne|Bâle|Basel|Berne|سويسرا"},
	{"Monaco", "Monaco|Monte-Carlo"},
	{"Italy", "Italie|Italy|Italia|Milan|Milano|Turin|Torino|~Rome|Roma|Naples|إيطاليا|ايطاليا"},
	{"Portugal", "Portugal|Lisbonne|Lisbon|Lisboa|البرتغال"},
	{"United Kingdom", "Royaume-Uni|Royaume Uni|United Kingdom|UK|U.K.|Great Britain|Grande-Bretagne|England|Angleterre|Scotland|Écosse|London|Londres|Manchester|Birmingham|Edinburgh|المملكة المتحدة|بريطانيا|لندن"},
	{"Ireland", "Irlande|Ireland|Dublin|أيرلندا"},
	{"Poland", "Pologne|Poland|Warsaw|Varsovie|Cracovie|Krakow|بولندا"},
	{"Sweden", "Suède|Sweden|Stockholm"},
	{"Malta", "Malte|Malta|Valletta|La Valette"},
	{"Canada", "Canada|Montréal|Montreal|Toronto|Québec|Quebec|Ottawa|Vancouver|Calgary|كندا"},
	{"United States", "États-Unis|Etats-Unis|Etats Unis|USA|U.S.A.|United States|United States of America|New York|San Francisco|Los Angeles|Chicago|Boston|Seattle|الولايات المتحدة|أمريكا|امريكا"},
	{"United Arab Emirates", "Émirats arabes unis|Emirats arabes unis|Emirats|Émirats|United Arab Emirates|UAE|~EAU|Dubai|Dubaï|Doubaï|Abu Dhabi|Abou Dabi|Abu Dabi|Sharjah|Charjah|الإمارات|الامارات|الإمارات العربية المتحدة|دبي|أبوظبي|أبو ظبي|ابوظبي|الشارقة"},
	{"Qatar", "Qatar|Doha|قطر|الدوحة"},
	{"Saudi Arabia", "Arabie saoudite|Arabie Saoudite|Saudi Arabia|KSA|Riyadh|Riyad|Ryad|Ar Riyadh|Jeddah|Djeddah|Jedda|Dammam|Ad Dammam|Al Khobar|Al Khubar|Khobar|Makkah|Mecca|La Mecque|Al Madinah|Jubail|Al Jubail|Dhahran|Yanbu|Tabuk|Abha|Taif|السعودية|المملكة العربية السعودية|الرياض|جدة|جده|الدمام|~الخبر|مكة المكرمة|مكة|المدينة المنورة|المنطقة الشرقية|القصيم|حائل|الباحة|عسير|تبوك|جازان|جيزان|نجران|الجوف|الحدود الشمالية|الجبيل|الظهران|ينبع|الطائف|أبها|الأحساء|القطيف|الخرج|بريدة|عنيزة|خميس مشيط"},
	{"Kuwait", "Koweït|Koweit|Kuwait|الكويت"},
	{"Oman", "Oman|Sultanat d'Oman|Muscat|Mascate|سلطنة عمان|مسقط"},
	{"Bahrain", "Bahreïn|Bahrein|Bahrain|Manama|البحرين"},
	{"Egypt", "Égypte|Egypte|Egypt|Le Caire|Cairo|مصر|القاهرة"},
	{"Tunisia", "Tunisie|Tunisia|Tunis|Sfax|Sousse|تونس"},
	{"Algeria", "Algérie|Algerie|Algeria|Alger|Algiers|Oran|الجزائر"},
	{"Libya", "Libye|Libya|Tripoli|ليبيا"},
	{"Mauritania", "Mauritanie|Mauritania|Nouakchott|موريتانيا|نواكشوط"},
	{"Senegal", "Sénégal|Senegal|Dakar|السنغال"},
	{"Côte d'Ivoire", "Côte d'Ivoire|Cote d'Ivoire|Ivory Coast|Abidjan|ساحل العاج"},
	{"Mali", "~Mali|Bamako"},
	{"Cameroon", "Cameroun|Cameroon|Douala|Yaoundé"},
	{"Gabon", "Gabon|Libreville"},
	{"Nigeria", "Nigeria|Lagos"},
	{"Turkey", "Turquie|Turkey|Türkiye|Istanbul|Ankara|تركيا"},
	{"China", "Chine|China|Shanghai|Beijing|Pékin|الصين"},
	{"Japan", "Japon|Japan|Tokyo|اليابان"},
	{"Jordan", "Jordanie|Jordan|Amman|الأردن"},
	{"Lebanon", "Liban|Lebanon|Beyrouth|Beirut|لبنان"},
	{"", "Europe|Union européenne|European Union|Pays du Golfe|Golfe|Gulf|GCC|GCC countries|الخليج|دول الخليج|أوروبا|اوروبا|~Étranger|~Etranger|~Abroad|~Overseas"},
}
