// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace hubdeck {

class CacheFilterProxy;

// Search field, repo type toggles and the "not accessed for" filter, driving a proxy.
class CacheFilterBar : public QWidget
{
    Q_OBJECT

public:
    CacheFilterBar(CacheFilterProxy *proxy, QWidget *parent = nullptr);
    void focusSearch();
    [[nodiscard]] QLineEdit *searchField() const { return m_search; }

Q_SIGNALS:
    void filterChanged();

private:
    CacheFilterProxy *m_proxy;
    QLineEdit *m_search;
    QComboBox *m_age;
};

} // namespace hubdeck
