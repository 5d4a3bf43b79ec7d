// Buttons carry mnemonics (Alt+C for a call …) and Tab moves between them, so no mouse is needed.
#include "quicklog/QuickLogDialog.h"

#include "timeline/TimelineText.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace daymark::ui {
namespace {

QString buttonText(diary::IncidentType type)
{
    switch (type) {
    case diary::IncidentType::Call:
        return QuickLogDialog::tr("A &call");
    case diary::IncidentType::Text:
        return QuickLogDialog::tr("A &message or text");
    case diary::IncidentType::SocialMedia:
        return QuickLogDialog::tr("&Social media");
    case diary::IncidentType::Sighting:
        return QuickLogDialog::tr("S&een nearby");
    case diary::IncidentType::Visit:
        return QuickLogDialog::tr("&Turned up");
    default:
        return QuickLogDialog::tr("Something &else");
    }
}

} // namespace

QList<diary::IncidentType> QuickLogDialog::offeredTypes()
{
    using T = diary::IncidentType;
    return {T::Call, T::Text, T::SocialMedia, T::Sighting, T::Visit, T::Other};
}

QuickLogDialog::QuickLogDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("quickLog"));
    setWindowTitle(tr("Quick log"));
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    auto* question =
        new QLabel(tr("What just happened? It is saved with the time now; you can add details later."), this);
    question->setWordWrap(true);
    layout->addWidget(question);

    auto* grid = new QGridLayout;
    grid->setSpacing(8);
    const QList<diary::IncidentType> types = offeredTypes();
    for (int i = 0; i < types.size(); ++i) {
        const diary::IncidentType type = types[i];
        auto* button = new QPushButton(timelineText::typeIcon(type), buttonText(type), this);
        button->setObjectName(QStringLiteral("quickLog-%1").arg(diary::typeCode(type)));
        button->setIconSize(QSize(28, 28));
        button->setMinimumSize(180, 64);
        button->setAutoDefault(false);
        button->setToolTip(diary::typeName(type));
        grid->addWidget(button, i / 2, i % 2);
        connect(button, &QPushButton::clicked, this, [this, type] {
            m_type = type;
            accept();
        });
    }
    layout->addLayout(grid);
    auto* cancel = new QPushButton(tr("Cancel"), this);
    cancel->setObjectName(QStringLiteral("quickLogCancel"));
    cancel->setAutoDefault(false);
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(cancel);
    layout->addLayout(row);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
}

} // namespace daymark::ui
