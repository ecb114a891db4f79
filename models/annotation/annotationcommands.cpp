#include "annotationcommands.h"

#include "itemmodels/codebookmodel.h"
#include "itemmodels/corpusmodel.h"

#include <QCoreApplication>

namespace Marginalia {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Marginalia::AnnotationCommands", text);
}
} // namespace

AddSpanCommand::AddSpanCommand(CorpusModel *model, const QString &path, const Span &span, QUndoCommand *parent)
    : QUndoCommand(tr("Highlight"), parent)
    , m_model(model)
    , m_path(path)
    , m_span(span)
{
}

void AddSpanCommand::redo()
{
    if (!m_model->insertSpan(m_path, m_span))
        setObsolete(true);
}

void AddSpanCommand::undo()
{
    m_model->removeSpan(m_path, m_span.id);
}

RemoveSpanCommand::RemoveSpanCommand(CorpusModel *model, const QString &path, const Span &span, QUndoCommand *parent)
    : QUndoCommand(tr("Remove highlight"), parent)
    , m_model(model)
    , m_path(path)
    , m_span(span)
{
}

void RemoveSpanCommand::redo()
{
    m_model->removeSpan(m_path, m_span.id);
}

void RemoveSpanCommand::undo()
{
    m_model->insertSpan(m_path, m_span);
}

EditSpanCommand::EditSpanCommand(CorpusModel *model, const QString &path, const Span &before, const Span &after,
                                 QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_model(model)
    , m_path(path)
    , m_before(before)
    , m_after(after)
{
    if (before.note != after.note && before.tagId == after.tagId && before.start == after.start
        && before.end == after.end)
        setText(tr("Edit note"));
    else if (before.tagId != after.tagId)
        setText(tr("Change tag"));
    else
        setText(tr("Edit highlight"));
}

void EditSpanCommand::redo()
{
    m_model->updateSpan(m_path, m_after);
}

void EditSpanCommand::undo()
{
    m_model->updateSpan(m_path, m_before);
}

EditMetadataCommand::EditMetadataCommand(CorpusModel *model, const QString &path, const MetadataOverrides &before,
    const MetadataOverrides &after, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_model(model)
    , m_path(path)
    , m_before(before)
    , m_after(after)
{
}

void EditMetadataCommand::redo()
{
    m_model->setMetadataOverrides(m_path, m_after);
}

void EditMetadataCommand::undo()
{
    m_model->setMetadataOverrides(m_path, m_before);
}

EditBoilerplateCommand::EditBoilerplateCommand(CorpusModel *model, const QString &path,
    const QVector<BoilerplateOverride> &before, const QVector<BoilerplateOverride> &after, const QString &text,
    QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_model(model)
    , m_path(path)
    , m_before(before)
    , m_after(after)
{
}

void EditBoilerplateCommand::redo()
{
    m_model->setBoilerplateOverrides(m_path, m_after);
}

void EditBoilerplateCommand::undo()
{
    m_model->setBoilerplateOverrides(m_path, m_before);
}

SetMemoCommand::SetMemoCommand(
    CorpusModel *model, const QString &path, const QString &before, const QString &after, QUndoCommand *parent)
    : QUndoCommand(after.isEmpty() ? tr("Delete memo") : tr("Edit memo"), parent)
    , m_model(model)
    , m_path(path)
    , m_before(before)
    , m_after(after)
{
}

void SetMemoCommand::redo()
{
    m_model->setMemo(m_path, m_after);
}

void SetMemoCommand::undo()
{
    m_model->setMemo(m_path, m_before);
}

AddTagCommand::AddTagCommand(CodebookModel *model, const Tag &tag, QUndoCommand *parent)
    : QUndoCommand(tr("New tag “%1”").arg(tag.name), parent)
    , m_model(model)
    , m_tag(tag)
{
}

void AddTagCommand::redo()
{
    if (!m_model->insertTag(m_tag))
        setObsolete(true);
}

void AddTagCommand::undo()
{
    m_model->removeTag(m_tag.id);
}

EditTagCommand::EditTagCommand(CodebookModel *model, const Tag &before, const Tag &after, QUndoCommand *parent)
    : QUndoCommand(tr("Edit tag “%1”").arg(after.name), parent)
    , m_model(model)
    , m_before(before)
    , m_after(after)
{
}

void EditTagCommand::redo()
{
    m_model->updateTag(m_after);
}

void EditTagCommand::undo()
{
    m_model->updateTag(m_before);
}

RemoveTagCommand::RemoveTagCommand(CodebookModel *model, const Tag &tag, int row, QUndoCommand *parent)
    : QUndoCommand(tr("Delete tag “%1”").arg(tag.name), parent)
    , m_model(model)
    , m_tag(tag)
    , m_row(row)
{
}

void RemoveTagCommand::redo()
{
    m_model->removeTag(m_tag.id);
}

void RemoveTagCommand::undo()
{
    m_model->insertTag(m_tag, m_row);
}

MoveTagCommand::MoveTagCommand(CodebookModel *model, const QString &tagId, const QString &newParentId, int newRow,
                               QUndoCommand *parent)
    : QUndoCommand(tr("Move tag “%1”").arg(model->tag(tagId).name), parent)
    , m_model(model)
    , m_id(tagId)
    , m_oldParent(model->tag(tagId).parentId)
    , m_oldRow(model->rowOf(tagId))
    , m_newParent(newParentId)
    , m_newRow(newRow)
{
}

void MoveTagCommand::redo()
{
    if (!m_model->moveTag(m_id, m_newParent, m_newRow))
        setObsolete(true);
}

void MoveTagCommand::undo()
{
    m_model->moveTag(m_id, m_oldParent, m_oldRow);
}

} // namespace Marginalia
