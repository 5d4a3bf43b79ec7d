// Display text is made when a row is painted, never stored: 100,000 rows hold only their strings once.
#include "import/ImportPreviewModel.h"

#include <QLocale>
#include <QPalette>

namespace daymark::ui {

using importers::Direction;
using importers::MessageKind;

PreviewRow PreviewRow::from(importers::ImportedMessage&& m)
{
    PreviewRow row;
    row.time = m.time;
    row.floating = m.floating;
    row.kind = m.kind;
    row.direction = m.direction;
    row.senderName = std::move(m.senderName);
    row.senderAddress = std::move(m.senderAddress);
    row.peerName = std::move(m.peerName);
    row.peerAddress = std::move(m.peerAddress);
    row.subject = std::move(m.subject);
    row.text = std::move(m.text);
    row.durationSeconds = m.durationSeconds;
    for (const importers::MediaReference& media : m.media)
        row.media << (media.omitted ? QString() : media.name.isEmpty() ? media.mediaType : media.name);
    row.edited = m.edited;
    row.deleted = m.deleted;
    row.position = m.position.first;
    row.lastLine = m.position.last;
    return row;
}

importers::ImportedMessage PreviewRow::forFilter() const
{
    importers::ImportedMessage m;
    m.kind = kind;
    m.direction = direction;
    m.senderName = senderName;
    m.senderAddress = senderAddress;
    m.peerName = peerName;
    m.peerAddress = peerAddress;
    return m;
}

ImportPreviewModel::ImportPreviewModel(QObject* parent) : QAbstractTableModel(parent) {}

void ImportPreviewModel::setRows(std::vector<PreviewRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_chosen.assign(m_rows.size(), 0);
    m_chosenCount = 0;
    endResetModel();
    Q_EMIT chosenChanged(0);
}

void ImportPreviewModel::clear()
{
    setRows({});
}

void ImportPreviewModel::setCheckable(bool checkable)
{
    if (checkable == m_checkable)
        return;
    m_checkable = checkable;
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, Chosen), index(rowCount() - 1, Chosen));
}

void ImportPreviewModel::chooseWhere(const std::function<bool(const PreviewRow&)>& keep)
{
    m_chosenCount = 0;
    for (std::size_t k = 0; k < m_rows.size(); ++k) {
        m_chosen[k] = m_rows[k].kind != MessageKind::System && keep(m_rows[k]);
        m_chosenCount += m_chosen[k];
    }
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, Chosen), index(rowCount() - 1, Chosen), {Qt::CheckStateRole});
    Q_EMIT chosenChanged(m_chosenCount);
}

void ImportPreviewModel::setChosen(int row, bool chosen)
{
    const auto k = static_cast<std::size_t>(row);
    if (k >= m_rows.size() || m_rows[k].kind == MessageKind::System || bool(m_chosen[k]) == chosen)
        return;
    m_chosen[k] = chosen;
    m_chosenCount += chosen ? 1 : -1;
    Q_EMIT dataChanged(index(row, Chosen), index(row, Chosen), {Qt::CheckStateRole});
    Q_EMIT chosenChanged(m_chosenCount);
}

QSet<qint64> ImportPreviewModel::chosenPlaces() const
{
    // Rows are the messages in the order the parser delivered them, as CommitOptions::chosen counts them.
    QSet<qint64> places;
    places.reserve(m_chosenCount);
    for (std::size_t k = 0; k < m_rows.size(); ++k)
        if (m_chosen[k])
            places.insert(qint64(k));
    return places;
}

namespace {

QString durationText(qint64 seconds)
{
    if (seconds < 0)
        return {};
    if (seconds < 60)
        return ImportPreviewModel::tr("%n s", "call duration in seconds", int(seconds));
    return ImportPreviewModel::tr("%1 min %2 s", "call duration").arg(seconds / 60).arg(seconds % 60);
}

QString callText(const PreviewRow& row)
{
    const QString duration = durationText(row.durationSeconds);
    switch (row.kind) {
    case MessageKind::CallIncoming:
        return duration.isEmpty() ? ImportPreviewModel::tr("Incoming call")
                                  : ImportPreviewModel::tr("Incoming call, %1").arg(duration);
    case MessageKind::CallOutgoing:
        return duration.isEmpty() ? ImportPreviewModel::tr("Outgoing call")
                                  : ImportPreviewModel::tr("Outgoing call, %1").arg(duration);
    case MessageKind::CallMissed:
        return ImportPreviewModel::tr("Missed call");
    case MessageKind::CallRejected:
        return ImportPreviewModel::tr("Rejected or blocked call");
    case MessageKind::Voicemail:
        return duration.isEmpty() ? ImportPreviewModel::tr("Voicemail")
                                  : ImportPreviewModel::tr("Voicemail, %1").arg(duration);
    default:
        return {};
    }
}

} // namespace

QString ImportPreviewModel::describe(const PreviewRow& row)
{
    QStringList parts;
    const QString call = callText(row);
    if (!call.isEmpty())
        parts << call;
    if (!row.subject.isEmpty())
        parts << tr("Subject: %1").arg(row.subject);
    if (!row.text.isEmpty())
        parts << (row.text);
    for (const QString& media : row.media)
        parts << (media.isEmpty() ? tr("[a photo or file, left out of the export]") : tr("[attached: %1]").arg(media));
    QString text = parts.join(u'\n');
    if (row.edited)
        text = tr("%1 (edited)", "a message changed after it was sent").arg(text);
    return text;
}

QString ImportPreviewModel::sender(const PreviewRow& row)
{
    if (row.kind == MessageKind::System)
        return tr("(the app itself)");
    if (row.direction == Direction::Outgoing) {
        const QString to = !row.peerName.isEmpty() ? row.peerName : row.peerAddress;
        return to.isEmpty() ? tr("You") : tr("You, to %1").arg(to);
    }
    const QString name = !row.senderName.isEmpty() ? row.senderName : row.peerName;
    const QString address = !row.senderAddress.isEmpty() ? row.senderAddress : row.peerAddress;
    if (name.isEmpty())
        return address.isEmpty() ? tr("(unknown)") : address;
    if (address.isEmpty() || address == name)
        return name;
    return tr("%1 (%2)", "a sender: name (number)").arg(name, address);
}

QString ImportPreviewModel::timeText(const PreviewRow& row)
{
    // A wall clock (WhatsApp) is shown as the phone showed it; an instant in this computer's time.
    const QDateTime time = row.floating ? row.time : row.time.toLocalTime();
    return QLocale().toString(time, QLocale::ShortFormat);
}

int ImportPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const PreviewRow& row = m_rows[static_cast<std::size_t>(index.row())];
    const bool system = row.kind == MessageKind::System;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case When:
            return timeText(row);
        case Who:
            return sender(row);
        case What:
            return describe(row);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return index.column() == What ? describe(row) : QVariant();
    case Qt::CheckStateRole:
        if (index.column() == Chosen && m_checkable && !system)
            return isChosen(index.row()) ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ForegroundRole:
        if (system)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::AccessibleTextRole:
        if (index.column() == Chosen && m_checkable && !system)
            return isChosen(index.row()) ? tr("Chosen") : tr("Not chosen");
        return data(index, Qt::DisplayRole);
    case FullTextRole:
        return describe(row);
    case SystemRole:
        return system;
    case OutgoingRole:
        return row.direction == Direction::Outgoing;
    default:
        return {};
    }
}

bool ImportPreviewModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != Chosen || !m_checkable)
        return false;
    setChosen(index.row(), value.toInt() == Qt::Checked);
    return true;
}

Qt::ItemFlags ImportPreviewModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == Chosen && m_checkable &&
        m_rows[static_cast<std::size_t>(index.row())].kind != MessageKind::System)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Chosen:
        return m_checkable ? tr("Add") : QString();
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case What:
        return tr("Message or call");
    default:
        return {};
    }
}

} // namespace daymark::ui
