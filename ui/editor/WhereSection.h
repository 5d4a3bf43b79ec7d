// Where it happened: a place in words and, optionally, its latitude and longitude.
#pragma once

#include "editor/EditorSection.h"

class QLineEdit;

namespace daymark::ui {

class WhereSection : public EditorSection
{
    Q_OBJECT

public:
    explicit WhereSection(QWidget* parent = nullptr);

    void load(const diary::Incident& incident) override;
    void store(diary::Incident& incident) const override;
    QString problem(QWidget** field) const override;

private:
    QLineEdit* m_place;
    QLineEdit* m_latitude;
    QLineEdit* m_longitude;
};

} // namespace daymark::ui
