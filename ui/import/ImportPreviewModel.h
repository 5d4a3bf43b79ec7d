// The messages of an export as a table for the Import wizard's preview: when, who, what (text, media, calls), and a
// tick per message when the person chooses them one by one. Rows keep only what the preview shows (no media bytes),
// so a chat of 100,000 messages stays light; the view asks for the rows it paints.
#pragma once

#include "importers/ImportedMessage.h"

#include <QAbstractTableModel>
#include <QSet>
#include <functional>
#include <vector>

namespace daymark::ui {

struct PreviewRow
{
    QDateTime time;
    bool floating = false;
    importers::MessageKind kind = importers::MessageKind::Message;
    importers::Direction direction = importers::Direction::Unknown;
    QString senderName;
    QString senderAddress;
    QString peerName;
    QString peerAddress;
    QString subject;
    QString text;
    qint64 durationSeconds = -1;
    QStringList media; // names as the export gives them; empty text for media the app left out
    bool edited = false;
    bool deleted = false;
    qint64 position = 0; // SourcePosition::first: the line or element the message starts at
    qint64 lastLine = 0;

    static PreviewRow from(importers::ImportedMessage&& message);
    // The message as the core's sender filter sees it (no text, no media).
    importers::ImportedMessage forFilter() const;
};

class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Chosen, When, Who, What, ColumnCount };
    enum Role { FullTextRole = Qt::UserRole + 1, SystemRole, OutgoingRole };

    explicit ImportPreviewModel(QObject* parent = nullptr);

    void setRows(std::vector<PreviewRow> rows);
    const std::vector<PreviewRow>& rows() const { return m_rows; }
    void clear();

    // With ticks, the first column holds a check box per message (system lines have none).
    void setCheckable(bool checkable);
    bool isCheckable() const { return m_checkable; }
    // Ticks exactly the messages `keep` accepts (system lines never).
    void chooseWhere(const std::function<bool(const PreviewRow&)>& keep);
    bool isChosen(int row) const { return m_chosen[static_cast<std::size_t>(row)] != 0; }
    void setChosen(int row, bool chosen);
    qint64 chosenCount() const { return m_chosenCount; }
    // The rows ticked, as CommitOptions::chosen wants them (the rows are in the order the export delivered them).
    QSet<qint64> chosenPlaces() const;

    // The line a person reads for a message: its text, or what kind of call it was, with media marks.
    static QString describe(const PreviewRow& row);
    static QString sender(const PreviewRow& row);
    static QString timeText(const PreviewRow& row);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void chosenChanged(qint64 count);

private:
    std::vector<PreviewRow> m_rows;
    std::vector<char> m_chosen;
    qint64 m_chosenCount = 0;
    bool m_checkable = false;
};

} // namespace daymark::ui
