#pragma once

#include "audit/auditquery.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QEvent;
class QLabel;
class QLineEdit;
class QPushButton;
class QShowEvent;
class QTableView;
class QTimer;

namespace campagna::engine {
class WorkflowEngine;
}

namespace campagna::ui {

class LazyTableModel;

// The Audit page: the audit trail (audit_event), newest first, loaded
// lazily in windows: time, operator, action, object kind and id, details.
// Filtered by action, operator (exact name) and a first day, in SQL built
// by audit::AuditQuery (the page writes none); exports the rows shown to
// CSV. Readable by every operator. Reads again on F5, when shown again and
// when the engine finishes a run.
//
// Threading: GUI thread; every read runs on the engine's pool (see
// LazyTableModel). The engine must outlive the page.
class AuditPage final : public QWidget
{
    Q_OBJECT

public:
    explicit AuditPage(engine::WorkflowEngine *engine, QWidget *parent = nullptr);
    ~AuditPage() override;
    Q_DISABLE_COPY_MOVE(AuditPage)

    LazyTableModel *model() const { return m_model; }
    // The filter the rows shown were asked with.
    audit::AuditFilter filter() const { return m_filter; }
    // The rows shown (those loaded), as CSV text with the table's headers.
    QString csvText() const;
    bool exportCsv(const QString &path, QString *error = nullptr) const;

public slots:
    void refresh();
    // Reads the filter widgets; reloads when the filter changed.
    void applyFilter();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildUi();
    void connectSignals();
    void retranslateUi();
    void fillActionCombo();
    void chooseExportFile();
    void updateCount();

    QPointer<engine::WorkflowEngine> m_engine;
    LazyTableModel *m_model = nullptr;
    audit::AuditFilter m_filter;
    bool m_filtered = false;
    bool m_columnsSized = false;
    bool m_shown = false;
    QString m_error;

    QLabel *m_actionLabel = nullptr;
    QComboBox *m_actionCombo = nullptr;
    QLabel *m_operatorLabel = nullptr;
    QLineEdit *m_operatorEdit = nullptr;
    QCheckBox *m_sinceCheck = nullptr;
    QDateEdit *m_sinceEdit = nullptr;
    QLabel *m_countLabel = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QTableView *m_view = nullptr;
    QTimer *m_filterTimer = nullptr;
    QTimer *m_refreshTimer = nullptr;
};

} // namespace campagna::ui
