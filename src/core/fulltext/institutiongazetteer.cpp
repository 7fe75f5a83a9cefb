#include "fulltext/institutiongazetteer.h"

#include <QSet>
#include <QStringList>

namespace DigestStudio {

namespace {

QSet<QString> keys(const char *list)
{
    QSet<QString> set;
    for (const QString &name : QString::fromUtf8(list).split(QLatin1Char('|')))
        set.insert(InstitutionGazetteer::key(name));
    return set;
}

QSet<QString> words(const char *list)
{
    QSet<QString> set;
    for (const QString &word : QString::fromUtf8(list).split(QLatin1Char(' '), Qt::SkipEmptyParts))
        set.insert(word);
    return set;
}

const char *const Countries =
    "Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahrain|"
    "Bangladesh|Belarus|Belgium|Benin|Bhutan|Bolivia|Bosnia and Herzegovina|Botswana|Brazil|Brunei|Bulgaria|"
    "Burkina Faso|Cambodia|Cameroon|Canada|Chile|China|P.R. China|PR China|P. R. China|PRC|"
    "People's Republic of China|Colombia|Costa Rica|Croatia|Cuba|Cyprus|Czech Republic|Czechia|Denmark|"
    "Ecuador|Egypt|Estonia|Ethiopia|Finland|France|Georgia|Germany|Ghana|Greece|Guatemala|Hong Kong|"
    "Hong Kong SAR|Hong Kong SAR China|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|"
    "Jamaica|Japan|Jordan|Kazakhstan|Kenya|Korea|South Korea|Republic of Korea|Korea (South)|Kuwait|Latvia|"
    "Lebanon|Lithuania|Luxembourg|Macau|Macao|Malaysia|Malta|Mexico|Moldova|Monaco|Mongolia|Montenegro|"
    "Morocco|Mozambique|Myanmar|Nepal|Netherlands|The Netherlands|New Zealand|Nigeria|North Macedonia|Norway|"
    "Oman|Pakistan|Palestine|Panama|Paraguay|Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia|"
    "Russian Federation|Rwanda|Saudi Arabia|KSA|Senegal|Serbia|Singapore|Slovakia|Slovenia|South Africa|"
    "Spain|Sri Lanka|Sudan|Sweden|Switzerland|Syria|Taiwan|Taiwan ROC|ROC|Tanzania|Thailand|Tunisia|Turkey|"
    "Türkiye|Uganda|Ukraine|United Arab Emirates|UAE|United Kingdom|UK|U.K.|Great Britain|England|Scotland|"
    "Wales|Northern Ireland|United States|United States of America|USA|U.S.A.|US|U.S.|America|Uruguay|"
    "Uzbekistan|Venezuela|Vietnam|Viet Nam|Zambia|Zimbabwe|Deutschland|Schweiz|Suisse|Österreich|España|"
    "Italia|Nederland|Brasil|Sverige|Danmark|Norge|Suomi|Polska";

const char *const Regions =
    // the United States, by name (the two-letter codes are below, matched case-sensitively)
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|"
    "Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|"
    "Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York State|"
    "North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|"
    "Tennessee|Texas|Utah|Vermont|Virginia|Washington State|West Virginia|Wisconsin|Wyoming|"
    "District of Columbia|"
    // Canada, Australia, the United Kingdom's regions, Germany, Switzerland's cantons often written alone
    "Ontario|Quebec|Québec|British Columbia|Alberta|Manitoba|Saskatchewan|Nova Scotia|New Brunswick|"
    "Newfoundland|New South Wales|Victoria|Queensland|South Australia|Western Australia|Tasmania|"
    "Australian Capital Territory|Bavaria|Bayern|Baden-Württemberg|Hesse|Hessen|Saxony|Sachsen|"
    "North Rhine-Westphalia|Nordrhein-Westfalen|Lower Saxony|Niedersachsen|Berlin-Brandenburg|Vaud|Ticino|"
    // China's provinces and regions, India's larger states, Japan's prefectures often written
    "Anhui|Fujian|Gansu|Guangdong|Guangxi|Guizhou|Hainan|Hebei|Heilongjiang|Henan|Hubei|Hunan|"
    "Inner Mongolia|Jiangsu|Jiangxi|Jilin|Liaoning|Ningxia|Qinghai|Shaanxi|Shandong|Shanxi|Sichuan|Tibet|"
    "Xinjiang|Yunnan|Zhejiang|Karnataka|Maharashtra|Tamil Nadu|Telangana|West Bengal|Uttar Pradesh|Kerala|"
    "Gujarat|Rajasthan|Punjab|Kanagawa|Ibaraki|Aichi|Hokkaido|Gyeonggi|Gyeonggi-do";

// Postal codes of US states, Canadian provinces and Australian states: only when written in capitals.
const char *const RegionCodes = "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO "
                                "MT NE NV NH NJ NM NY NC ND OH "
                                "OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC ON QC BC AB MB SK NS NB NL "
                                "PE NSW VIC QLD WA SA TAS ACT NT";

const char *const Cities =
    "Beijing|Shanghai|Shenzhen|Hangzhou|Nanjing|Wuhan|Guangzhou|Chengdu|Xi'an|Xian|Hefei|Tianjin|Harbin|"
    "Changsha|Chongqing|Suzhou|Xiamen|Jinan|Qingdao|Dalian|Shenyang|Changchun|Zhuhai|Ningbo|Kunming|"
    "Lanzhou|Fuzhou|Nanchang|Zhengzhou|Taiyuan|Hong Kong|Kowloon|Shatin|Macau|Taipei|Hsinchu|Tainan|"
    "Singapore|Tokyo|Kyoto|Osaka|Nagoya|Sendai|Fukuoka|Sapporo|Tsukuba|Yokohama|Kobe|Seoul|Daejeon|Pohang|"
    "Busan|Ulsan|Gwangju|Suwon|Bangalore|Bengaluru|Mumbai|Bombay|Delhi|New Delhi|Chennai|Hyderabad|Kanpur|"
    "Kharagpur|Kolkata|Pune|Roorkee|Guwahati|Gandhinagar|London|Cambridge|Oxford|Edinburgh|Manchester|"
    "Glasgow|Bristol|Birmingham|Leeds|Sheffield|Southampton|Warwick|Coventry|Nottingham|Liverpool|Bath|"
    "Durham|York|Lancaster|Exeter|Cardiff|Belfast|Dublin|Paris|Palaiseau|Saclay|Lyon|Grenoble|Marseille|"
    "Toulouse|Bordeaux|Lille|Nice|Sophia Antipolis|Rennes|Nancy|Strasbourg|Montpellier|Berlin|Munich|"
    "München|Tübingen|Tuebingen|Heidelberg|Saarbrücken|Saarbruecken|Darmstadt|Aachen|Bonn|Hamburg|"
    "Frankfurt|Freiburg|Karlsruhe|Stuttgart|Dresden|Leipzig|Göttingen|Hannover|Mainz|Potsdam|Jena|"
    "Erlangen|Ulm|Konstanz|Zürich|Zurich|Lausanne|Geneva|Genève|Basel|Bern|Lugano|Amsterdam|Delft|"
    "Eindhoven|Leiden|Utrecht|Groningen|Nijmegen|Rotterdam|Twente|Enschede|Leuven|Ghent|Brussels|Antwerp|"
    "Luxembourg|Copenhagen|Aarhus|Lyngby|Stockholm|Gothenburg|Göteborg|Uppsala|Lund|Linköping|Helsinki|"
    "Espoo|Oslo|Trondheim|Bergen|Reykjavik|Vienna|Wien|Graz|Linz|Innsbruck|Klosterneuburg|Prague|Brno|"
    "Warsaw|Kraków|Krakow|Wrocław|Budapest|Bucharest|Sofia|Athens|Madrid|Barcelona|Valencia|Seville|Bilbao|"
    "Lisbon|Porto|Rome|Milan|Milano|Turin|Torino|Pisa|Bologna|Padua|Padova|Florence|Naples|Trento|Genoa|"
    "Tel Aviv|Haifa|Jerusalem|Rehovot|Beer Sheva|Istanbul|Ankara|Moscow|Saint Petersburg|St. Petersburg|"
    "Novosibirsk|Kyiv|Kiev|Toronto|Montreal|Montréal|Vancouver|Waterloo|Edmonton|Ottawa|Calgary|Quebec City|"
    "Kingston|Sydney|Melbourne|Brisbane|Canberra|Adelaide|Perth|Auckland|Wellington|Dunedin|New York|"
    "New York City|NYC|Brooklyn|Boston|Pittsburgh|Seattle|Berkeley|Stanford|Palo Alto|Mountain View|"
    "Menlo Park|Redmond|San Francisco|San Diego|La Jolla|Los Angeles|Chicago|Evanston|Austin|Atlanta|"
    "Princeton|New Haven|Ithaca|Ann Arbor|Madison|Urbana|Champaign|Urbana-Champaign|College Park|Baltimore|"
    "Philadelphia|Houston|Dallas|Sunnyvale|Santa Clara|San Jose|Cupertino|Irvine|Davis|Santa Barbara|"
    "Santa Cruz|Riverside|Pasadena|Salt Lake City|Boulder|Denver|Chapel Hill|Raleigh|Providence|Amherst|"
    "Nashville|Columbus|Minneapolis|St. Louis|Saint Louis|Tempe|Tucson|Phoenix|Washington|Washington DC|"
    "Washington D.C.|Bethesda|Hanover|Durham NC|Blacksburg|Charlottesville|Gainesville|Miami|Orlando|Tampa|"
    "Rochester|Buffalo|Troy|Stony Brook|Yorktown Heights|Armonk|Cambridge MA|Waltham|Medford|Worcester|"
    "Hanover NH|Storrs|Newark|Piscataway|New Brunswick|Hoboken|Lincoln|Lawrence|Iowa City|Ames|"
    "West Lafayette|Bloomington|Lafayette|Notre Dame|Columbia|St. Paul|Corvallis|Eugene|Portland|"
    "Vancouver WA|Kirkland|Bellevue|Los Alamos|Albuquerque|Livermore|Oak Ridge|Lemont|Argonne|Dubai|"
    "Abu Dhabi|Masdar City|Thuwal|Riyadh|Dhahran|Doha|Tehran|Cairo|Cape Town|Johannesburg|Stellenbosch|"
    "Nairobi|Lagos|Kigali|Accra|São Paulo|Sao Paulo|Rio de Janeiro|Campinas|Mexico City|Santiago|"
    "Buenos Aires|Bogotá|Bogota|Lima|Kuala Lumpur|Bangkok|Jakarta|Manila|Hanoi|Ho Chi Minh City|Dhaka|"
    "Karachi|Lahore|Islamabad|Colombo|Kathmandu";

const char *const CompanyWords =
    "Google DeepMind Microsoft Meta Facebook Amazon AWS Apple NVIDIA Nvidia IBM Intel AMD Qualcomm Adobe "
    "Salesforce Oracle Cisco Baidu Alibaba Tencent Huawei ByteDance Bytedance TikTok Xiaomi JD.com Meituan "
    "Kuaishou SenseTime Megvii iFlytek iFLYTEK Samsung Naver NAVER Kakao Sony NEC Fujitsu Hitachi Toshiba "
    "Panasonic Siemens Bosch SAP Philips OpenAI Anthropic Cohere Mistral Uber Netflix Spotify Yandex Twitter "
    "LinkedIn Pinterest Tesla Waymo Zhipu Moonshot DiDi Didi NetEase Netease Ericsson Nokia Airbus "
    "Boeing Toyota Honda Hyundai Bloomberg Yahoo eBay PayPal Walmart Intuit Dropbox Databricks "
    "Snowflake Shopee Rakuten Lenovo ZTE OPPO vivo Xpeng XPeng NIO "
    "Roblox Criteo Zalando Booking.com Expedia Airbnb Lyft DoorDash Instacart Character.AI xAI HuggingFace "
    "MiniMax StepFun Baichuan 01.AI "
    // public research organisations named without an institution word
    "CNRS Inria INRIA CEA INSERM CSIRO RIKEN NIST NASA NIH CERN Fraunhofer Helmholtz DFKI Mila A*STAR CNR "
    "CSIC TNO NTT KDDI";

const char *const UniversityAcronyms =
    "MIT CMU UC UCB UCLA UCSD UCSB UCSF UCI UIUC USC NYU UCL ETH EPFL KAIST KAUST POSTECH UNIST DGIST GIST "
    "NUS NTU "
    "HKU HKUST CUHK CityU PolyU SJTU USTC ZJU PKU THU NJU HUST BUAA BIT SUSTech ShanghaiTech UCAS NUDT XJTU "
    "HIT SYSU WHU UESTC ECNU UT TUM LMU RWTH KTH KIT TU IIT IITs IISc IIIT UBC UofT UNSW ANU UvA VU KU "
    "UPenn Caltech JHU GaTech Gatech UMass UMD UW UNC UVA CUNY SUNY MBZUAI UAB UPC UPF UCM UAM EPFL INSA";

const char *const UniversitySystems =
    "University of California|University of Texas|University of Colorado|University of North Carolina|"
    "University of Wisconsin|University of Illinois|University of Massachusetts|University of Nebraska|"
    "University of Hawaii|University of Alabama|University of Michigan|University of Missouri|"
    "University of Minnesota|University of Tennessee|California State University|State University of New "
    "York|"
    "City University of New York|Indiana University|Purdue University|Pennsylvania State University|"
    "Penn State University|Université Paris|Université de Paris|Sorbonne Université|University of Paris|"
    "Technische Universität|Universidad Carlos III";

} // namespace

QString InstitutionGazetteer::key(const QString &text)
{
    QString k = text.toLower();
    k.remove(QLatin1Char('.'));
    k = k.simplified();
    if (k.startsWith(QLatin1String("the ")))
        k = k.mid(4);
    return k;
}

bool InstitutionGazetteer::isCountry(const QString &text)
{
    static const QSet<QString> set = keys(Countries);
    return set.contains(key(text));
}

bool InstitutionGazetteer::isRegion(const QString &text)
{
    static const QSet<QString> names = keys(Regions);
    static const QSet<QString> codes = words(RegionCodes);
    const QString trimmed = text.trimmed();
    QString code = trimmed;
    code.remove(QLatin1Char('.'));
    return codes.contains(code) || names.contains(key(trimmed));
}

bool InstitutionGazetteer::isCity(const QString &text)
{
    static const QSet<QString> set = keys(Cities);
    return set.contains(key(text));
}

bool InstitutionGazetteer::isCompanyWord(const QString &word)
{
    static const QSet<QString> set = words(CompanyWords);
    return set.contains(word);
}

bool InstitutionGazetteer::isUniversityAcronym(const QString &word)
{
    static const QSet<QString> set = words(UniversityAcronyms);
    return set.contains(word);
}

bool InstitutionGazetteer::isUniversitySystem(const QString &name)
{
    static const QSet<QString> set = keys(UniversitySystems);
    return set.contains(key(name));
}

} // namespace DigestStudio
