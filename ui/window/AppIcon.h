// The app's icon, and the plain one shown instead when the person chooses a neutral appearance. The one place that
// names the icon files: the neutral icon is ":/icons/neutral.svg" when the resources have it, otherwise a plain
// sheet of lined paper drawn here, so nothing shows Daymark's mark.
#pragma once

#include <QIcon>
#include <QString>

namespace daymark::ui::appIcon {

QString daymarkPath();
QString neutralPath();
// The icon for windows, dialogs and the taskbar.
QIcon forAppearance(bool neutral);
// Sets it on the application (every window without its own) and on `window`, if given; with the neutral
// appearance, the desktop file name the dock and window switcher look up is cleared and the process is named
// "notes" for task managers.
void apply(bool neutral, QWidget* window = nullptr);

} // namespace daymark::ui::appIcon
