// Labels carry mnemonics (Alt+letter) and are the fields' buddies, so each field is reachable by keyboard and named
// for screen readers.
#include "people/PersonEditor.h"

#include "people/RowsEditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableWidget>

namespace daymark::ui {
namespace {

QStringList lines(const QPlainTextEdit* edit)
{
    QStringList out;
    const QStringList all = edit->toPlainText().split(QLatin1Char('\n'));
    for (const QString& line : all)
        if (!line.trimmed().isEmpty())
            out << line.trimmed();
    return out;
}

constexpr diary::PersonRole kRoles[] = {diary::PersonRole::Stalker, diary::PersonRole::Witness,
                                        diary::PersonRole::Police, diary::PersonRole::Support,
                                        diary::PersonRole::Other};

} // namespace

PersonEditor::PersonEditor(QWidget* parent)
    : QWidget(parent), m_form(new QFormLayout(this)), m_role(new QComboBox(this)), m_name(new QLineEdit(this)),
      m_aliases(makeLines("personAliases", 2)), m_relationship(new QLineEdit(this)),
      m_description(makeLines("personDescription", 3)),
      m_vehicles(new RowsEditor({tr("Make"), tr("Model"), tr("Colour"), tr("Registration")}, tr("Add a &vehicle"),
                                tr("Remove vehicle"), this)),
      m_phones(makeLines("personPhones", 2)), m_emails(makeLines("personEmails", 2)),
      m_handles(
          new RowsEditor({tr("Platform"), tr("Account or handle")}, tr("Add an accou&nt"), tr("Remove account"), this)),
      m_addresses(makeLines("personAddresses", 2)), m_organisation(new QLineEdit(this)),
      m_notes(makeLines("personNotes", 3))
{
    for (diary::PersonRole role : kRoles)
        m_role->addItem(diary::roleName(role), static_cast<int>(role));
    m_role->setObjectName(QStringLiteral("personRole"));
    m_name->setObjectName(QStringLiteral("personName"));
    m_relationship->setObjectName(QStringLiteral("personRelationship"));
    m_relationship->setPlaceholderText(tr("For example: ex-partner, neighbour, colleague, not known"));
    m_organisation->setObjectName(QStringLiteral("personOrganisation"));
    m_organisation->setPlaceholderText(tr("For officers and support workers: the force or charity"));
    m_vehicles->setObjectName(QStringLiteral("personVehicles"));
    m_vehicles->table()->setAccessibleName(tr("Vehicles"));
    m_handles->setObjectName(QStringLiteral("personHandles"));
    m_handles->table()->setAccessibleName(tr("Online accounts"));
    m_name->setPlaceholderText(tr("A name, or a description such as “unknown man in the blue car”"));

    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_form->setLabelAlignment(Qt::AlignLeft);
    m_form->setVerticalSpacing(10);
    auto row = [this](const QString& label, QWidget* field, const QString& accessibleName) {
        auto* name = new QLabel(label, this);
        name->setBuddy(field);
        field->setAccessibleName(accessibleName);
        m_form->addRow(name, field);
    };
    row(tr("&Role:"), m_role, tr("Role"));
    row(tr("Na&me:"), m_name, tr("Name"));
    row(tr("Also &known as:"), m_aliases, tr("Also known as, one name per line"));
    row(tr("Relations&hip to you:"), m_relationship, tr("Relationship to you"));
    row(tr("&Appearance:"), m_description, tr("Appearance"));
    row(tr("Vehicles:"), m_vehicles, tr("Vehicles"));
    row(tr("&Phone numbers:"), m_phones, tr("Phone numbers, one per line"));
    row(tr("Ema&il addresses:"), m_emails, tr("Email addresses, one per line"));
    row(tr("Online accounts:"), m_handles, tr("Online accounts"));
    row(tr("Addr&esses:"), m_addresses, tr("Addresses, one per line"));
    row(tr("Or&ganisation:"), m_organisation, tr("Organisation"));
    row(tr("N&otes:"), m_notes, tr("Notes"));

    connect(m_role, &QComboBox::currentIndexChanged, this, &PersonEditor::changed);
    for (QLineEdit* edit : {m_name, m_relationship, m_organisation})
        connect(edit, &QLineEdit::textChanged, this, &PersonEditor::changed);
    for (QPlainTextEdit* edit : {m_aliases, m_description, m_phones, m_emails, m_addresses, m_notes})
        connect(edit, &QPlainTextEdit::textChanged, this, &PersonEditor::changed);
    connect(m_vehicles, &RowsEditor::changed, this, &PersonEditor::changed);
    connect(m_handles, &RowsEditor::changed, this, &PersonEditor::changed);
}

QPlainTextEdit* PersonEditor::makeLines(const char* objectName, int lineCount)
{
    auto* edit = new QPlainTextEdit(this);
    edit->setObjectName(QString::fromLatin1(objectName));
    edit->setTabChangesFocus(true);
    const int lineHeight = edit->fontMetrics().lineSpacing();
    edit->setFixedHeight(lineHeight * lineCount + 2 * edit->frameWidth() + 12);
    return edit;
}

void PersonEditor::setPerson(const diary::Person& person)
{
    m_person = person;
    m_role->setCurrentIndex(std::max(0, m_role->findData(static_cast<int>(person.role))));
    m_name->setText(person.name);
    m_aliases->setPlainText(person.aliases.join(QLatin1Char('\n')));
    m_relationship->setText(person.relationship);
    m_description->setPlainText(person.description);
    QList<QStringList> vehicles;
    for (const diary::Vehicle& v : person.vehicles)
        vehicles << QStringList{v.make, v.model, v.colour, v.registration};
    m_vehicles->setRows(vehicles);
    m_phones->setPlainText(person.phones.join(QLatin1Char('\n')));
    m_emails->setPlainText(person.emails.join(QLatin1Char('\n')));
    QList<QStringList> handles;
    for (const diary::Handle& h : person.handles)
        handles << QStringList{h.platform, h.handle};
    m_handles->setRows(handles);
    m_addresses->setPlainText(person.addresses.join(QLatin1Char('\n')));
    m_organisation->setText(person.organisation);
    m_notes->setPlainText(person.notes);
}

diary::Person PersonEditor::person() const
{
    diary::Person p = m_person;
    p.role = static_cast<diary::PersonRole>(m_role->currentData().toInt());
    p.name = m_name->text().trimmed();
    p.aliases = lines(m_aliases);
    p.relationship = m_relationship->text().trimmed();
    p.description = m_description->toPlainText().trimmed();
    p.vehicles.clear();
    for (const QStringList& v : m_vehicles->rows())
        p.vehicles << diary::Vehicle{v.value(0), v.value(1), v.value(2), v.value(3)};
    p.phones = lines(m_phones);
    p.emails = lines(m_emails);
    p.handles.clear();
    for (const QStringList& h : m_handles->rows())
        p.handles << diary::Handle{h.value(0), h.value(1)};
    p.addresses = lines(m_addresses);
    p.organisation = m_organisation->text().trimmed();
    p.notes = m_notes->toPlainText().trimmed();
    return p;
}

} // namespace daymark::ui
