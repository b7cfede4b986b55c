#include "app/desktop/shell/SearchScreen.h"

#include "app/desktop/session/DateDisplay.h"
#include "app/desktop/session/DesktopSession.h"
#include "app/desktop/session/Navigator.h"
#include "app/desktop/shell/RecordListModel.h"
#include "core/DateText.h"
#include "core/TrackingId.h"

#include <QDate>
#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace vitalis::desktop
{

SearchScreen::SearchScreen(DesktopSession& session, Navigator& navigator, QWidget* parent)
    : QWidget(parent), m_session(session), m_navigator(navigator), m_input(new QLineEdit(this)),
      m_hint(new QLabel(this)), m_summary(new QLabel(this)), m_table(new QTableView(this)),
      m_model(new RecordListModel(session.store(), this)), m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("searchScreen"));
    m_input->setObjectName(QStringLiteral("searchInput"));
    m_input->setClearButtonEnabled(true);
    m_hint->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("searchSummary"));
    m_table->setObjectName(QStringLiteral("searchResults"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(RecordListModel::Name, QHeaderView::Stretch);
    m_table->horizontalHeader()->setDefaultSectionSize(150);
    m_table->installEventFilter(this);
    m_input->installEventFilter(this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_input);
    layout->addWidget(m_hint);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    // Typing fast should cost one query at the end, not one per key.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_input, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &SearchScreen::runSearch);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& i) {
        if (const QString id = m_model->recordId(i.row()); !id.isEmpty())
            m_navigator.openRecord(id);
    });
    connect(&session, &DesktopSession::manyChanged, this, &SearchScreen::runSearch);
    retranslate();
}

SearchQuery SearchScreen::interpret(const QString& raw)
{
    SearchQuery q;
    q.limit = 200;
    const QString text = raw.trimmed();
    if (text.isEmpty())
        return q;
    if (const auto parsed = tracking_id::parse(text.toStdString()); parsed.id) {
        q.trackingId = *parsed.id;
        return q;
    }
    // Registration numbers: office, year and counter, e.g. ALD-2026-000001.
    static const QRegularExpression regNo(QStringLiteral("^[A-Za-z]+-\\d{4}-\\d+$"));
    if (regNo.match(text).hasMatch()) {
        q.registrationNumber = text.toUpper().toStdString();
        return q;
    }
    // A date typed the way the form accepts it (core/DateText): "31 Jan 2024", 2024-01-31,
    // 31/01/2024; "05/01/2024" could be two days and is searched as text, never guessed.
    if (const auto date = vitalis::parseDate(text.toStdString()); date.date) {
        q.dateOfBirth = isoDate(*date.date);
        return q;
    }
    q.name = text.toStdString();
    q.phonetic = true;
    return q;
}

void SearchScreen::setText(const QString& text)
{
    m_input->setText(text);
    runSearch();
}

void SearchScreen::runSearch()
{
    m_debounce->stop();
    const SearchQuery q = interpret(m_input->text());
    if (q.name.empty() && q.trackingId.empty() && q.registrationNumber.empty() &&
        q.dateOfBirth.empty()) {
        m_model->setIds({});
        m_summary->clear();
        return;
    }
    auto ids = m_session.store().records().searchIndex().find(q);
    m_summary->setText(
        ids.size() >= static_cast<std::size_t>(q.limit)
            ? tr("More than %1 records found: type more to narrow the search.").arg(q.limit)
            : tr("%n record(s) found", nullptr, static_cast<int>(ids.size())));
    m_model->setIds(std::move(ids));
}

bool SearchScreen::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto key = static_cast<QKeyEvent*>(event)->key();
        if (watched == m_input && key == Qt::Key_Down && m_model->rowCount() > 0) {
            m_table->setFocus();
            m_table->selectRow(0);
            return true;
        }
        if (watched == m_table && (key == Qt::Key_Return || key == Qt::Key_Enter)) {
            if (const QString id = m_model->recordId(m_table->currentIndex().row()); !id.isEmpty())
                m_navigator.openRecord(id);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SearchScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SearchScreen::retranslate()
{
    m_input->setPlaceholderText(tr("Name, tracking ID, registration number or date of birth"));
    m_input->setAccessibleName(tr("Search records"));
    m_hint->setText(tr("Names also match names that sound alike. Dates: %1 or 2024-01-31. "
                       "Press Down to move to the results, Enter to open one.")
                        .arg(DateDisplay::date(QDate(2024, 1, 31))));
    m_table->setAccessibleName(tr("Search results"));
    if (!m_input->text().isEmpty())
        runSearch();
}

} // namespace vitalis::desktop
