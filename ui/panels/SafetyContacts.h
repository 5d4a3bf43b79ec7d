// Emergency and support numbers, in one place, per region. Only the UK for now; add a region as a new table.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <vector>

namespace daymark::ui {

struct SafetyContact
{
    QString name;   // translated
    QString number; // as dialled
    QString when;   // one translated sentence: when to call
};

class SafetyContacts
{
    Q_DECLARE_TR_FUNCTIONS(daymark::ui::SafetyContacts)

public:
    static QString regionName();
    static std::vector<SafetyContact> forRegion();
};

} // namespace daymark::ui
