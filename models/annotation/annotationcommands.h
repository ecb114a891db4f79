#pragma once

#include "corpus/boilerplateoverride.h"
#include "corpus/metadataoverrides.h"
#include "span.h"
#include "tag.h"

#include <QUndoCommand>
#include <QVector>

namespace Marginalia {

class CodebookModel;
class CorpusModel;

// Undo commands for every change an analyst makes. They hold ids, never rows
// or pointers to items, so they stay valid however the models change around
// them, and they change data only through the models' mutators.

class AddSpanCommand : public QUndoCommand
{
public:
    AddSpanCommand(CorpusModel *model, const QString &path, const Span &span, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    CorpusModel *m_model;
    QString m_path;
    Span m_span;
};

class RemoveSpanCommand : public QUndoCommand
{
public:
    RemoveSpanCommand(CorpusModel *model, const QString &path, const Span &span, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    CorpusModel *m_model;
    QString m_path;
    Span m_span;
};

/// Replaces a span by a new version with the same id (note, tag or range).
class EditSpanCommand : public QUndoCommand
{
public:
    EditSpanCommand(CorpusModel *model, const QString &path, const Span &before, const Span &after,
                    QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    CorpusModel *m_model;
    QString m_path;
    Span m_before;
    Span m_after;
};

/// Replaces a document's metadata overrides (title, outlet, date, author, URL).
class EditMetadataCommand : public QUndoCommand
{
public:
    EditMetadataCommand(CorpusModel *model, const QString &path, const MetadataOverrides &before,
        const MetadataOverrides &after, const QString &text, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    CorpusModel *m_model;
    QString m_path;
    MetadataOverrides m_before;
    MetadataOverrides m_after;
};

/// Replaces a document's clutter marks (lines the analyst marked or unmarked).
class EditBoilerplateCommand : public QUndoCommand
{
public:
    EditBoilerplateCommand(CorpusModel *model, const QString &path, const QVector<BoilerplateOverride> &before,
        const QVector<BoilerplateOverride> &after, const QString &text, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    CorpusModel *m_model;
    QString m_path;
    QVector<BoilerplateOverride> m_before;
    QVector<BoilerplateOverride> m_after;
};

/// Replaces a document's memo (the whole text: a memo is short).
class SetMemoCommand : public QUndoCommand
{
public:
    SetMemoCommand(CorpusModel *model, const QString &path, const QString &before, const QString &after,
        QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    CorpusModel *m_model;
    QString m_path;
    QString m_before;
    QString m_after;
};

class AddTagCommand : public QUndoCommand
{
public:
    AddTagCommand(CodebookModel *model, const Tag &tag, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    CodebookModel *m_model;
    Tag m_tag;
};

class EditTagCommand : public QUndoCommand
{
public:
    EditTagCommand(CodebookModel *model, const Tag &before, const Tag &after, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    CodebookModel *m_model;
    Tag m_before;
    Tag m_after;
};

/// Removes a leaf tag (re-inserted at the same row on undo). Callers remove
/// the tag's spans and children first, as child commands of one macro.
class RemoveTagCommand : public QUndoCommand
{
public:
    RemoveTagCommand(CodebookModel *model, const Tag &tag, int row, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    CodebookModel *m_model;
    Tag m_tag;
    int m_row;
};

/// Moves a tag (and its sub-tree) to another parent or row; undo puts it back.
class MoveTagCommand : public QUndoCommand
{
public:
    MoveTagCommand(CodebookModel *model, const QString &tagId, const QString &newParentId, int newRow,
                   QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    CodebookModel *m_model;
    QString m_id;
    QString m_oldParent;
    int m_oldRow;
    QString m_newParent;
    int m_newRow;
};

} // namespace Marginalia
