// A place or facility picker: type part of a name, then choose with Down and Enter among the
// places listed with their path ("Aldmoor > Kessel"), the user's jurisdiction first
// (forms::ReferenceSearch). Only a place chosen from the list is an answer.
#pragma once

#include "forms/ReferenceSearch.h"

#include <QWidget>
#include <memory>

class QCompleter;
class QLineEdit;
class QStandardItemModel;

namespace vitalis::desktop
{

class ReferencePicker : public QWidget
{
    Q_OBJECT
public:
    ReferencePicker(std::shared_ptr<const forms::ReferenceSearch> search, std::string preferWithin,
                    QWidget* parent);

    QString currentId() const { return m_id; } // empty when nothing is chosen
    void setCurrentId(const QString& id);      // shows its path; no signal
    QString pathOf(const QString& id) const;
    QLineEdit* lineEdit() const { return m_edit; }
    QCompleter* completer() const { return m_completer; }
    void retranslate();

    static constexpr std::size_t kResults = 20;

Q_SIGNALS:
    void picked(); // a place was chosen, or the choice was cleared by editing the text

private:
    void searchFor(const QString& text);
    void choose(const QString& id);

    std::shared_ptr<const forms::ReferenceSearch> m_search;
    std::string m_preferWithin;
    QLineEdit* m_edit;
    QCompleter* m_completer;
    QStandardItemModel* m_results;
    QString m_id;
};

} // namespace vitalis::desktop
