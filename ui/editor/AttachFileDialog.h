// Choosing files to attach without leaving a trace: Qt's own file dialog (a system one may add the files to the
// desktop's "recent files"), with Qt's remembered folder and history put back as they were before it saves them.
#pragma once

#include <QStringList>

class QWidget;

namespace daymark::ui::attachFileDialog {

// The files chosen (absolute paths); empty when cancelled.
QStringList chooseFiles(QWidget* parent);

} // namespace daymark::ui::attachFileDialog
