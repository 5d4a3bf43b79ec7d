// Protection order kinds and condition look-up.
#include "diary/ProtectionOrder.h"

#include <QCoreApplication>

namespace daymark::diary {

QString orderKindCode(OrderKind kind)
{
    switch (kind) {
    case OrderKind::StalkingProtection:
        return QStringLiteral("spo");
    case OrderKind::InterimStalkingProtection:
        return QStringLiteral("interim-spo");
    case OrderKind::Restraining:
        return QStringLiteral("restraining");
    case OrderKind::NonMolestation:
        return QStringLiteral("non-molestation");
    case OrderKind::Other:
        break;
    }
    return QStringLiteral("other");
}

std::optional<OrderKind> orderKindFromCode(const QString& code)
{
    for (auto kind : {OrderKind::StalkingProtection, OrderKind::InterimStalkingProtection, OrderKind::Restraining,
                      OrderKind::NonMolestation, OrderKind::Other})
        if (orderKindCode(kind) == code)
            return kind;
    return std::nullopt;
}

QString orderKindName(OrderKind kind)
{
    switch (kind) {
    case OrderKind::StalkingProtection:
        return QCoreApplication::translate("daymark::diary", "Stalking Protection Order");
    case OrderKind::InterimStalkingProtection:
        return QCoreApplication::translate("daymark::diary", "Interim Stalking Protection Order");
    case OrderKind::Restraining:
        return QCoreApplication::translate("daymark::diary", "Restraining order");
    case OrderKind::NonMolestation:
        return QCoreApplication::translate("daymark::diary", "Non-molestation order");
    case OrderKind::Other:
        break;
    }
    return QCoreApplication::translate("daymark::diary", "Other order");
}

const OrderCondition* ProtectionOrder::condition(int number) const
{
    for (const OrderCondition& c : conditions)
        if (c.number == number)
            return &c;
    return nullptr;
}

} // namespace daymark::diary
