// A protection order and its conditions; incidents can be marked as possible breaches of a condition.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QUuid>
#include <optional>

namespace daymark::diary {

enum class OrderKind { StalkingProtection, InterimStalkingProtection, Restraining, NonMolestation, Other };

QString orderKindCode(OrderKind kind); // "spo", "interim-spo", "restraining", "non-molestation", "other"
std::optional<OrderKind> orderKindFromCode(const QString& code);
QString orderKindName(OrderKind kind); // translated

struct OrderCondition
{
    int number = 0; // 1, 2, ... within the order; never reused
    QString text;   // "must not contact Ms Smith directly or indirectly"
    bool operator==(const OrderCondition&) const = default;
};

struct ProtectionOrder
{
    QUuid id;
    OrderKind kind = OrderKind::StalkingProtection;
    QString court;
    QString reference; // case number
    QUuid respondent;  // the person the order is against (may be null)
    std::optional<QDate> made;
    std::optional<QDate> served;
    std::optional<QDate> expires;
    QList<OrderCondition> conditions;
    QString notes;

    const OrderCondition* condition(int number) const;
    bool operator==(const ProtectionOrder&) const = default;
};

struct OrderRecord
{
    ProtectionOrder order;
    QDateTime recordedAt;
    int version = 1;
    bool deleted = false;
};

} // namespace daymark::diary
