// What is known about the selected exhibit, beside the list: its number, name, size and type, how and when it
// was added, the incidents it belongs to, its SHA-256 (selectable and copyable), and what the file itself says
// (when a photo was taken, by which camera, where, how long a recording is). Empty facts are left out.
#pragma once

#include <QWidget>

class QBoxLayout;
class QFormLayout;
class QLabel;
class QPushButton;

namespace daymark::evidence {
struct ExhibitRecord;
}

namespace daymark::ui {

class ExhibitDetails : public QWidget
{
    Q_OBJECT

public:
    explicit ExhibitDetails(QWidget* parent = nullptr);

    // Shows `record` (null shows nothing); `incidents` is the sentence naming the incidents it belongs to.
    void setExhibit(const evidence::ExhibitRecord* record, const QString& incidents = {});
    QString sha256() const;

Q_SIGNALS:
    // Copy was pressed: the window puts `text` on the clipboard through SecretClipboard.
    void copyRequested(const QString& text);

private:
    QLabel* addRow(const QString& label, const char* objectName);
    void setRow(QLabel* value, const QString& text);
    int shaLabelRow() const;

    QFormLayout* m_form;
    QLabel* m_heading;
    QLabel* m_name;
    QLabel* m_description;
    QLabel* m_size;
    QLabel* m_type;
    QLabel* m_how;
    QLabel* m_added;
    QLabel* m_modified;
    QLabel* m_incidents;
    QBoxLayout* m_shaRow;
    QLabel* m_sha256;
    QString m_shaValue;
    QPushButton* m_copy;
    QLabel* m_metadataHeading;
    QLabel* m_captured;
    QLabel* m_camera;
    QLabel* m_location;
    QLabel* m_dimensions;
    QLabel* m_duration;
};

} // namespace daymark::ui
