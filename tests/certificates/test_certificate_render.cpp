// Certificates drawn to PDF as a clerk prints them: pdftoppm renders the page, zbarimg reads the
// QR back to the exact signed text, pdftotext finds the names (Arabic in reading order, shaped
// right-to-left), and a preview carries DRAFT.
#include "app/certificate/CertificateRenderer.h"
#include "certificates/templates/CertificateFill.h"
#include "certificates/templates/TemplateConfig.h"
#include "tests/certificates/CertificateKeys.h"
#include "tests/support/TempDir.h"

#include <QGuiApplication>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <algorithm>
#include <gtest/gtest.h>

namespace
{

using namespace vitalis;
using namespace vitalis::certificates;
using nlohmann::json;
namespace fs = std::filesystem;

const fs::path kSource = VITALIS_SOURCE_DIR;

void ensureApplication()
{
    static int argc = 1;
    static char name[] = "test_certificate_render";
    static char* argv[] = {name, nullptr};
    if (!QCoreApplication::instance()) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        new QGuiApplication(argc, argv); // lives for the whole test run
    }
}

// stdout of a program, failing the test when it does not exit 0.
QString run(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    EXPECT_TRUE(p.waitForFinished(60000)) << program.toStdString();
    EXPECT_EQ(p.exitCode(), 0) << program.toStdString() << ": "
                               << p.readAllStandardError().toStdString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

forms::FormRegistry loadForms()
{
    forms::FormErrors errors;
    forms::FormRegistry registry(
        forms::CatalogSet::loadDirectory(kSource / "translations" / "forms", errors));
    registry.loadDirectory(kSource / "forms" / "definitions");
    return registry;
}

Record birth(const json& childName, const json& motherName)
{
    Record r;
    r.formId = "birth";
    r.formVersion = 1;
    r.eventType = "birth";
    r.fields = {{"child_name", childName},
                {"child_sex", "female"},
                {"child_birth_date", "2026-02-14"},
                {"mother_name", motherName}};
    return r;
}

// The shipped template of `lang` filled for `record`, as one page.
app::CertificatePage page(const Record& record, const std::string& lang, const std::string& qr,
                          bool draft)
{
    const auto registry = loadForms();
    const forms::FieldDisplay display(registry, nullptr, lang);
    PrintFacts facts;
    facts.registrationNumber = "BR-2026-000123";
    facts.registrationDate = "2026-02-20";
    facts.issueDate = "2026-03-02";
    const std::string svg = fillTemplate(test::readFile(kSource / "forms/definitions/certificates" /
                                                        ("birth-certificate." + lang + ".svg")),
                                         certificateValues(record, display, facts));
    return {QByteArray::fromStdString(svg), qr, draft, QStringLiteral("Birth certificate")};
}

TEST(CertificateRender, PdfRendersAndItsQrReadsBackToTheSignedText)
{
    ensureApplication();
    const fs::path dir = test::freshDir("cert-render");
    const test::CertificateKeys keys;
    const std::string qr = keys.issuer().sign(test::birthClaims());
    const Record r = birth({{"first", "Amina"}, {"middle", "Wanjiru"}, {"family", "Otieno"}},
                           {{"first", "Grace"}, {"family", "Otieno"}});
    const QString pdf = QString::fromStdString((dir / "birth.pdf").string());
    app::CertificateRenderer::writePdf(pdf, page(r, "en", qr, false));
    ASSERT_TRUE(fs::exists(dir / "birth.pdf"));
    run(QStringLiteral("pdftoppm"),
        {QStringLiteral("-r"), QStringLiteral("200"), QStringLiteral("-png"),
         QStringLiteral("-singlefile"), pdf, QString::fromStdString((dir / "page").string())});
    ASSERT_TRUE(fs::exists(dir / "page.png"));
    const QString read =
        run(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"),
                                        QString::fromStdString((dir / "page.png").string())});
    EXPECT_EQ(read.trimmed().toStdString(), qr);
    const QString text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    EXPECT_TRUE(text.contains(QStringLiteral("BIRTH CERTIFICATE"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Amina Wanjiru"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("14 February 2026"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("DRAFT")));
    if (!::testing::Test::HasFailure())
        fs::remove_all(dir);
}

TEST(CertificateRender, ArabicNamesReadInOrderAsTyped)
{
    ensureApplication();
    const fs::path dir = test::freshDir("cert-render-ar");
    const Record r = birth({{"first", "أمينة"}, {"middle", "نور"}, {"family", "الحسيني"}},
                           {{"first", "فاطمة"}, {"family", "الحسيني"}});
    const QString pdf = QString::fromStdString((dir / "birth-ar.pdf").string());
    app::CertificateRenderer::writePdf(pdf, page(r, "ar", {}, false));
    const QString raw = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    // Shaped: the text layer holds contextual forms (Arabic Presentation Forms-B, U+FE70..FEFF),
    // which an unshaped page (isolated letters) would not.
    EXPECT_TRUE(std::any_of(raw.begin(), raw.end(), [](QChar c) {
        return c.unicode() >= 0xFE70 && c.unicode() <= 0xFEFF;
    })) << raw.toStdString();
    // In reading order: pdftotext gives the logical order back only when the glyphs were laid
    // out right-to-left; a left-to-right page reads reversed. Compared as letters (NFKC) without
    // the bidi marks pdftotext adds.
    QString text = raw.normalized(QString::NormalizationForm_KC);
    text.remove(QRegularExpression(QStringLiteral("[\\x{200E}\\x{200F}\\x{202A}-\\x{202E}]")));
    EXPECT_TRUE(text.contains(QStringLiteral("أمينة نور"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("الحسيني"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("فاطمة الحسيني"))) << text.toStdString();
    // The date in the certificate's language (pdftotext moves the space around the digits).
    EXPECT_TRUE(text.contains(QStringLiteral("فبراير 2026"))) << text.toStdString();
    if (!::testing::Test::HasFailure())
        fs::remove_all(dir);
}

// Pixels of the watermark's red on the rendered page (the template itself has no red).
int reddishPixels(const fs::path& dir, const QString& pdf)
{
    const QString png = QString::fromStdString((dir / "draft").string());
    run(QStringLiteral("pdftoppm"),
        {QStringLiteral("-r"), QStringLiteral("30"), QStringLiteral("-png"),
         QStringLiteral("-singlefile"), pdf, png});
    const QImage image(png + QStringLiteral(".png"));
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            count += c.red() > c.green() + 30 && c.red() > c.blue() + 30 ? 1 : 0;
        }
    return count;
}

TEST(CertificateRender, PreviewCarriesDraft)
{
    ensureApplication();
    const fs::path dir = test::freshDir("cert-render-draft");
    const Record r = birth({{"first", "Amina"}, {"family", "Otieno"}}, json());
    const QString draft = QString::fromStdString((dir / "draft.pdf").string());
    const QString final = QString::fromStdString((dir / "final.pdf").string());
    app::CertificateRenderer::writePdf(draft, page(r, "en", {}, true));
    app::CertificateRenderer::writePdf(final, page(r, "en", {}, false));
    // Across the page: a large share of it is the watermark's red; none on the real one.
    EXPECT_GT(reddishPixels(dir, draft), 2000);
    EXPECT_EQ(reddishPixels(dir, final), 0);
    if (!::testing::Test::HasFailure())
        fs::remove_all(dir);
}

} // namespace
