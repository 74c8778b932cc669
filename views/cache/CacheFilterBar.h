// SPDX-FileCopyrightText: 2026 The HubDeck developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
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
    // Back to showing every repo: no search text, every type, any age. Whether anything was set.
    bool clear();
    [[nodiscard]] QLineEdit *searchField() const { return m_search; }

Q_SIGNALS:
    void filterChanged();

private:
    void updateNothingMatches();

    CacheFilterProxy *m_proxy;
    QLineEdit *m_search;
    QComboBox *m_age;
    QLabel *m_nothing; // "Nothing matches…", beside the field while the filter hides every row
};

} // namespace hubdeck
