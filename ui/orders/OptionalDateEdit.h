// A date that may not be known (an order not yet served, one with no expiry): a tick box saying whether there is
// a date, and the date beside it.
#pragma once

#include <QDate>
#include <QWidget>
#include <optional>

class QCheckBox;
class QDateEdit;

namespace daymark::ui {

class OptionalDateEdit : public QWidget
{
    Q_OBJECT

public:
    // `knownText` labels the tick box ("Made on"); it carries the mnemonic.
    explicit OptionalDateEdit(const QString& knownText, QWidget* parent = nullptr);

    void setDate(const std::optional<QDate>& date);
    std::optional<QDate> date() const;
    QCheckBox* knownBox() const { return m_known; }
    QDateEdit* dateEdit() const { return m_date; }

Q_SIGNALS:
    void changed();

private:
    QCheckBox* m_known;
    QDateEdit* m_date;
};

} // namespace daymark::ui
