#pragma once

// Keyboard helpers of the intervention and agenda GUI tests: keys go where a person's keys
// would go (the open popup first, else the focus), and the focus is named when a step fails.

#include <catch2/catch.hpp>

#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

#include <string>

namespace passerelle::test {

inline QWidget *keyTarget()
{
    if (QWidget *popup = QApplication::activePopupWidget())
        return popup;
    return QApplication::focusWidget();
}

inline std::string focusName()
{
    const QWidget *w = QApplication::focusWidget();
    return w ? QString(w->objectName() + u' ' + QLatin1String(w->metaObject()->className())).toStdString()
             : std::string("nothing");
}

inline void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = keyTarget();
    INFO("focus on " << focusName());
    REQUIRE(target);
    QTest::keyClick(target, key, modifiers);
}

inline void type(const QString &text)
{
    QWidget *target = keyTarget();
    INFO("focus on " << focusName());
    REQUIRE(target);
    // QTest::keyClicks asserts on characters outside ASCII ("trié"): those go as key events
    // that carry their text, as an input method would send them.
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(target, c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, target, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

// Tab, then checks where the focus landed (by object name).
inline void tabTo(const char *objectName)
{
    press(Qt::Key_Tab);
    INFO("focus on " << focusName());
    REQUIRE(QApplication::focusWidget());
    REQUIRE(QApplication::focusWidget()->objectName() == QLatin1String(objectName));
}

// Settings in a file of their own: tests never touch the person's configuration.
struct TempSettings
{
    QTemporaryDir dir;
    QSettings settings{dir.filePath(QStringLiteral("passerelle.ini")), QSettings::IniFormat};
};

} // namespace passerelle::test
