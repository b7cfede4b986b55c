// Printing one certificate: the shipped birth template filled (mustache, the record screen's
// formatting) and drawn to an A4 PDF with its signed QR (target < 300 ms), and the template
// fill alone. Offscreen Qt platform; the PDF goes to a temporary file.
#include "app/certificate/CertificateRenderer.h"
#include "certificates/templates/CertificateFill.h"
#include "tests/certificates/CertificateKeys.h"

#include <QGuiApplication>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <fstream>
#include <sstream>

using namespace vitalis;
using namespace vitalis::certificates;

namespace
{

const std::filesystem::path kSource = VITALIS_SOURCE_DIR;

struct Inputs {
    forms::FormRegistry registry;
    Record record;
    std::string svg;
    std::string qr;
    Inputs()
    {
        forms::FormErrors errors;
        registry = forms::FormRegistry(
            forms::CatalogSet::loadDirectory(kSource / "translations" / "forms", errors));
        registry.loadDirectory(kSource / "forms" / "definitions");
        record.formId = "birth";
        record.formVersion = 1;
        record.eventType = "birth";
        record.fields = {
            {"child_name", {{"first", "Amina"}, {"middle", "Wanjiru"}, {"family", "Otieno"}}},
            {"child_sex", "female"},
            {"child_birth_date", "2026-02-14"},
            {"mother_name", {{"first", "Grace"}, {"family", "Otieno"}}},
            {"father_name", {{"first", "Peter"}, {"family", "Otieno"}}}};
        std::ifstream in(kSource / "forms/definitions/certificates/birth-certificate.en.svg");
        std::stringstream s;
        s << in.rdbuf();
        svg = s.str();
        qr = test::CertificateKeys().issuer().sign(test::birthClaims());
    }
    std::string filled() const
    {
        const forms::FieldDisplay display(registry, nullptr, "en");
        PrintFacts facts;
        facts.registrationNumber = "ALD-2026-000123";
        facts.registrationDate = "2026-02-20";
        facts.issueDate = "2026-03-02";
        return fillTemplate(svg, certificateValues(record, display, facts));
    }
};

void BM_FillTemplate(benchmark::State& state)
{
    const Inputs in;
    for (auto _ : state)
        benchmark::DoNotOptimize(in.filled());
}
BENCHMARK(BM_FillTemplate)->Unit(benchmark::kMillisecond);

void BM_RenderPdf(benchmark::State& state)
{
    const Inputs in;
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("certificate.pdf"));
    for (auto _ : state)
        app::CertificateRenderer::writePdf(
            file, {QByteArray::fromStdString(in.filled()), in.qr, false, QStringLiteral("bench")});
}
BENCHMARK(BM_RenderPdf)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
