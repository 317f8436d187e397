<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About TTK Desktop</source>
            <translation>About TTK Desktop</translation>
        </message>
        <message>
            <source>Version %1</source>
            <translation>Version %1</translation>
        </message>
        <message>
            <source>Participant, group and attendance register for the community-based protection (TTK) units. The data stays on this computer.</source>
            <translation>Participant, group and attendance register for the community-based protection (TTK) units. The data stays on this computer.</translation>
        </message>
        <message>
            <source>Free software under the GNU General Public License v3.</source>
            <translation>Free software under the GNU General Public License v3.</translation>
        </message>
        <message>
            <source>Database: %1</source>
            <translation>Database: %1</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>AccountFields</name>
        <message>
            <source>Account name</source>
            <translation>Account name</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>Password again</source>
            <translation>Password again</translation>
        </message>
        <message>
            <source>at least %1 characters</source>
            <translation>at least %1 characters</translation>
        </message>
        <message>
            <source>The two passwords are not the same.</source>
            <translation>The two passwords are not the same.</translation>
        </message>
    </context>
    <context>
        <name>AccountTableModel</name>
        <message>
            <source>Account</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Created</translation>
        </message>
        <message>
            <source>disabled</source>
            <translation>disabled</translation>
        </message>
        <message>
            <source>active</source>
            <translation>active</translation>
        </message>
    </context>
    <context>
        <name>AccountsDialog</name>
        <message>
            <source>Accounts</source>
            <translation>Accounts</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>&amp;Add…</translation>
        </message>
        <message>
            <source>&amp;Disable…</source>
            <translation>&amp;Disable…</translation>
        </message>
        <message>
            <source>Change my &amp;password…</source>
            <translation>Change my &amp;password…</translation>
        </message>
        <message>
            <source>Disable the account</source>
            <translation>Disable the account</translation>
        </message>
        <message>
            <source>Disable the account %1? It can no longer log in; what it did stays in the audit log. This cannot be undone: to let the person in again, add a new account.</source>
            <translation>Disable the account %1? It can no longer log in; what it did stays in the audit log. This cannot be undone: to let the person in again, add a new account.</translation>
        </message>
    </context>
    <context>
        <name>AddAccountDialog</name>
        <message>
            <source>Add an account</source>
            <translation>Add an account</translation>
        </message>
        <message>
            <source>Staff register people, groups, sessions and attendance, print, import and export. Viewers see statistics and lists without phone numbers or birth dates. Administrators also manage accounts, settings, keys, merges, deletions and backups.</source>
            <translation>Staff register people, groups, sessions and attendance, print, import and export. Viewers see statistics and lists without phone numbers or birth dates. Administrators also manage accounts, settings, keys, merges, deletions and backups.</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Add</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>TTK Desktop cannot open %1: it opens Excel workbooks (.xlsx) and office data files (.ttkx).</source>
            <translation>TTK Desktop cannot open %1: it opens Excel workbooks (.xlsx) and office data files (.ttkx).</translation>
        </message>
        <message>
            <source>%1 was not found. Nothing was opened.</source>
            <translation>%1 was not found. Nothing was opened.</translation>
        </message>
        <message>
            <source>Import the Excel workbook %1 into this database?</source>
            <translation>Import the Excel workbook %1 into this database?</translation>
        </message>
    </context>
    <context>
        <name>AttendanceModel</name>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Present</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Last name</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>First name</translation>
        </message>
        <message>
            <source>Name (Arabic)</source>
            <translation>Name (Arabic)</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Gender</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Age</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Born after this session: cannot be ticked present</source>
            <translation>Born after this session: cannot be ticked present</translation>
        </message>
        <message>
            <source>Not a member</source>
            <translation>Not a member</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Saving…</translation>
        </message>
    </context>
    <context>
        <name>AttendanceView</name>
        <message>
            <source>Back to groups</source>
            <translation>Back to groups</translation>
        </message>
        <message>
            <source>Add a registered person: type a name and press Enter</source>
            <translation>Add a registered person: type a name and press Enter</translation>
        </message>
        <message>
            <source>&amp;Add person…</source>
            <translation>&amp;Add person…</translation>
        </message>
        <message>
            <source>&amp;New person (walk-in)…</source>
            <translation>&amp;New person (walk-in)…</translation>
        </message>
        <message>
            <source>Register someone new and tick them present</source>
            <translation>Register someone new and tick them present</translation>
        </message>
        <message>
            <source>&amp;Print attendance sheet…</source>
            <translation>&amp;Print attendance sheet…</translation>
        </message>
        <message>
            <source>Nobody is on this list yet. Add group members, a registered person or a walk-in.</source>
            <translation>Nobody is on this list yet. Add group members, a registered person or a walk-in.</translation>
        </message>
        <message>
            <source>Present: %1 / registered: %2</source>
            <translation>Present: %1 / registered: %2</translation>
        </message>
        <message>
            <source>Add to the attendance list</source>
            <translation>Add to the attendance list</translation>
        </message>
        <message>
            <source>Tick present</source>
            <translation>Tick present</translation>
        </message>
    </context>
    <context>
        <name>Audit</name>
        <message>
            <source>There is no participant with the number {id}.</source>
            <translation>There is no participant with the number {id}.</translation>
        </message>
    </context>
    <context>
        <name>AuditLogDialog</name>
        <message>
            <source>Audit log</source>
            <translation>Audit log</translation>
        </message>
        <message>
            <source>everyone</source>
            <translation>everyone</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Everyone</translation>
        </message>
        <message>
            <source>the record's id, exactly</source>
            <translation>the record's id, exactly</translation>
        </message>
        <message>
            <source>any account</source>
            <translation>any account</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>to</source>
            <translation>to</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>Dates (UTC)</source>
            <translation>Dates (UTC)</translation>
        </message>
        <message>
            <source>The audit log cannot be changed: it only grows, and is kept with the data.</source>
            <translation>The audit log cannot be changed: it only grows, and is kept with the data.</translation>
        </message>
        <message>
            <source>Whose entries?</source>
            <translation>Whose entries?</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Show</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Reading…</translation>
        </message>
        <message numerus="yes">
            <source>%n entry(ies) shown</source>
            <translation>
                <numerusform>%n entry shown</numerusform>
                <numerusform>%n entries shown</numerusform>
            </translation>
        </message>
        <message>
            <source>scroll down for older ones</source>
            <translation>scroll down for older ones</translation>
        </message>
    </context>
    <context>
        <name>AuditTableModel</name>
        <message>
            <source>added</source>
            <translation>added</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>changed</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>deleted</translation>
        </message>
        <message>
            <source>restored</source>
            <translation>restored</translation>
        </message>
        <message>
            <source>logged in</source>
            <translation>logged in</translation>
        </message>
        <message>
            <source>exported</source>
            <translation>exported</translation>
        </message>
        <message>
            <source>imported</source>
            <translation>imported</translation>
        </message>
        <message>
            <source>merged</source>
            <translation>merged</translation>
        </message>
        <message>
            <source>encrypted</source>
            <translation>encrypted</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Table</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
    </context>
    <context>
        <name>BackupCheck</name>
        <message>
            <source>The database is damaged</source>
            <translation>The database is damaged</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Restore a backup</translation>
        </message>
        <message>
            <source>Backup restored</source>
            <translation>Backup restored</translation>
        </message>
        <message>
            <source>Restoring the backup made on %1…</source>
            <translation>Restoring the backup made on %1…</translation>
        </message>
        <message>
            <source>The automatic backup failed: %1</source>
            <translation>The automatic backup failed: %1</translation>
        </message>
        <message>
            <source>The database %1 is damaged: SQLite's integrity check found errors. The newest good backup was made on %2.

Restore it now? The damaged database will be replaced by it and kept as a backup first. What was entered after %2 will be missing.</source>
            <translation>The database %1 is damaged: SQLite's integrity check found errors. The newest good backup was made on %2.

Restore it now? The damaged database will be replaced by it and kept as a backup first. What was entered after %2 will be missing.</translation>
        </message>
        <message>
            <source>Restore the backup made on %1?

The current database %2 will be replaced by it: what was entered after %1 will be gone from it. The current database is kept as a backup first, so that this can be undone.</source>
            <translation>Restore the backup made on %1?

The current database %2 will be replaced by it: what was entered after %1 will be gone from it. The current database is kept as a backup first, so that this can be undone.</translation>
        </message>
        <message>
            <source>The database %1 is damaged: SQLite's integrity check found errors, and there is no good backup in %2. Do not delete the file; close TTK Desktop and ask your IT contact for help.</source>
            <translation>The database %1 is damaged: SQLite's integrity check found errors, and there is no good backup in %2. Do not delete the file; close TTK Desktop and ask your IT contact for help.</translation>
        </message>
        <message>
            <source>The database %1 is damaged: SQLite's integrity check found errors. Ask an administrator to restore the newest good backup, made on %2 (File → Backups). Until then, enter no new data.</source>
            <translation>The database %1 is damaged: SQLite's integrity check found errors. Ask an administrator to restore the newest good backup, made on %2 (File → Backups). Until then, enter no new data.</translation>
        </message>
        <message>
            <source>The backup made on %1 was restored. The database as it was is kept at %2.</source>
            <translation>The backup made on %1 was restored. The database as it was is kept at %2.</translation>
        </message>
        <message>
            <source>The backup made on %1 was restored.</source>
            <translation>The backup made on %1 was restored.</translation>
        </message>
    </context>
    <context>
        <name>BackupTableModel</name>
        <message>
            <source>Daily</source>
            <translation>Daily</translation>
        </message>
        <message>
            <source>Weekly</source>
            <translation>Weekly</translation>
        </message>
        <message>
            <source>Made by hand</source>
            <translation>Made by hand</translation>
        </message>
        <message>
            <source>Before a restore</source>
            <translation>Before a restore</translation>
        </message>
        <message>
            <source>Made on</source>
            <translation>Made on</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Folder</translation>
        </message>
        <message>
            <source>%1 KB</source>
            <translation>%1 KB</translation>
        </message>
        <message>
            <source>%1 MB</source>
            <translation>%1 MB</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>{path} could not be backed up to {target}: {error}</source>
            <translation>{path} could not be backed up to {target}: {error}</translation>
        </message>
        <message>
            <source>The copy of {path} failed SQLite's integrity check: the database is damaged. No backup was written and the older backups were kept.</source>
            <translation>The copy of {path} failed SQLite's integrity check: the database is damaged. No backup was written and the older backups were kept.</translation>
        </message>
        <message>
            <source>The second backup folder {folder} is not there (is the USB stick plugged in?). The backup was written only to {first}.</source>
            <translation>The second backup folder {folder} is not there (is the USB stick plugged in?). The backup was written only to {first}.</translation>
        </message>
        <message>
            <source>{backup} is not a backup of this database; nothing was deleted.</source>
            <translation>{backup} is not a backup of this database; nothing was deleted.</translation>
        </message>
        <message>
            <source>{backup} cannot be restored: it is damaged, or it is a backup of another database (it does not open with this database's key). Nothing was changed.</source>
            <translation>{backup} cannot be restored: it is damaged, or it is a backup of another database (it does not open with this database's key). Nothing was changed.</translation>
        </message>
        <message>
            <source>{path} differs from {backup} after the restore. Restore again; the database as it was before is kept at {kept}.</source>
            <translation>{path} differs from {backup} after the restore. Restore again; the database as it was before is kept at {kept}.</translation>
        </message>
        <message>
            <source>Keep between 1 and {max} backups of each kind (asked: {count}).</source>
            <translation>Keep between 1 and {max} backups of each kind (asked: {count}).</translation>
        </message>
        <message>
            <source>The backup folder {folder} does not exist. Create it or choose another one.</source>
            <translation>The backup folder {folder} does not exist. Create it or choose another one.</translation>
        </message>
        <message>
            <source>The backup could not be copied to the second folder {folder}: {error}. It was written to {first}.</source>
            <translation>The backup could not be copied to the second folder {folder}: {error}. It was written to {first}.</translation>
        </message>
        <message>
            <source>{path} could not be replaced by {backup}: {error}. Close every other program using it (another TTK Desktop window, a ttk command), then restore again. The database as it was is kept at {kept}.</source>
            <translation>{path} could not be replaced by {backup}: {error}. Close every other program using it (another TTK Desktop window, a ttk command), then restore again. The database as it was is kept at {kept}.</translation>
        </message>
        <message>
            <source>The backup folder {folder} cannot be created: {error}</source>
            <translation>The backup folder {folder} cannot be created: {error}</translation>
        </message>
    </context>
    <context>
        <name>BackupsDialog</name>
        <message>
            <source>Backups</source>
            <translation>Backups</translation>
        </message>
        <message>
            <source>A backup is a copy of the whole database, encrypted like it. A daily and a weekly backup are made when TTK Desktop starts and when it quits; older ones are deleted. Keep a second copy outside this PC, for example on a USB stick.</source>
            <translation>A backup is a copy of the whole database, encrypted like it. A daily and a weekly backup are made when TTK Desktop starts and when it quits; older ones are deleted. Keep a second copy outside this PC, for example on a USB stick.</translation>
        </message>
        <message>
            <source>No backups yet.</source>
            <translation>No backups yet.</translation>
        </message>
        <message>
            <source>Backups folder: %1</source>
            <translation>Backups folder: %1</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>&amp;Back up now</translation>
        </message>
        <message>
            <source>&amp;Restore…</source>
            <translation>&amp;Restore…</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Delete…</translation>
        </message>
        <message>
            <source>Automatic backups</source>
            <translation>Automatic backups</translation>
        </message>
        <message>
            <source>Daily backups kept</source>
            <translation>Daily backups kept</translation>
        </message>
        <message>
            <source>Weekly backups kept</source>
            <translation>Weekly backups kept</translation>
        </message>
        <message>
            <source>Second folder</source>
            <translation>Second folder</translation>
        </message>
        <message>
            <source>None (for example a USB stick)</source>
            <translation>None (for example a USB stick)</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>C&amp;hoose…</translation>
        </message>
        <message>
            <source>C&amp;lear</source>
            <translation>C&amp;lear</translation>
        </message>
        <message>
            <source>&amp;Save settings</source>
            <translation>&amp;Save settings</translation>
        </message>
        <message>
            <source>Only an administrator changes these settings.</source>
            <translation>Only an administrator changes these settings.</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>Backing up…</translation>
        </message>
        <message>
            <source>Backup written: %1</source>
            <translation>Backup written: %1</translation>
        </message>
        <message>
            <source>Also copied to: %1</source>
            <translation>Also copied to: %1</translation>
        </message>
        <message>
            <source>Delete backup</source>
            <translation>Delete backup</translation>
        </message>
        <message>
            <source>Delete the backup %1 made on %2? It cannot be brought back, and the database can no longer be restored to that moment.</source>
            <translation>Delete the backup %1 made on %2? It cannot be brought back, and the database can no longer be restored to that moment.</translation>
        </message>
        <message>
            <source>Deleted: %1</source>
            <translation>Deleted: %1</translation>
        </message>
        <message>
            <source>Second backup folder</source>
            <translation>Second backup folder</translation>
        </message>
        <message>
            <source>Backup settings saved.</source>
            <translation>Backup settings saved.</translation>
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message>
            <source>Change my password</source>
            <translation>Change my password</translation>
        </message>
        <message>
            <source>Account: %1</source>
            <translation>Account: %1</translation>
        </message>
        <message>
            <source>Current password</source>
            <translation>Current password</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message>
            <source>Your password was changed.</source>
            <translation>Your password was changed.</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>a person: UUID or OFFICE:REGISTER_NUMBER</source>
            <translation>a person: UUID or OFFICE:REGISTER_NUMBER</translation>
        </message>
        <message>
            <source>Warning: this file holds personal data of participants (names, and any phone numbers or birth dates shown). Keep it where only staff can read it, and delete it when it is no longer needed.</source>
            <translation>Warning: this file holds personal data of participants (names, and any phone numbers or birth dates shown). Keep it where only staff can read it, and delete it when it is no longer needed.</translation>
        </message>
        <message>
            <source>Office {code} ({name}) set up.</source>
            <translation>Office {code} ({name}) set up.</translation>
        </message>
        <message>
            <source>Demo office written: {participants} participants, {groups} groups, {sessions} sessions, {attendances} attendances.</source>
            <translation>Demo office written: {participants} participants, {groups} groups, {sessions} sessions, {attendances} attendances.</translation>
        </message>
        <message>
            <source>Template written: {path}</source>
            <translation>Template written: {path}</translation>
        </message>
        <message>
            <source>Attendance sheet written: {path} ({pages} pages)</source>
            <translation>Attendance sheet written: {path} ({pages} pages)</translation>
        </message>
        <message>
            <source>{count} possible duplicate pairs.</source>
            <translation>{count} possible duplicate pairs.</translation>
        </message>
        <message>
            <source>TTK Desktop command line: import registers, statistics, printing.</source>
            <translation>TTK Desktop command line: import registers, statistics, printing.</translation>
        </message>
        <message>
            <source>database file (default: $TTK_DB or the user data folder)</source>
            <translation>database file (default: $TTK_DB or the user data folder)</translation>
        </message>
        <message>
            <source>show tracebacks</source>
            <translation>show tracebacks</translation>
        </message>
        <message>
            <source>set this database's office (first start)</source>
            <translation>set this database's office (first start)</translation>
        </message>
        <message>
            <source>office code, e.g. IST</source>
            <translation>office code, e.g. IST</translation>
        </message>
        <message>
            <source>office name</source>
            <translation>office name</translation>
        </message>
        <message>
            <source>create the administrator account and encrypt the database (password: TTK_PASSWORD or asked)</source>
            <translation>create the administrator account and encrypt the database (password: TTK_PASSWORD or asked)</translation>
        </message>
        <message>
            <source>import an Excel register (all or nothing)</source>
            <translation>import an Excel register (all or nothing)</translation>
        </message>
        <message>
            <source>statistics of a period (the yearly report)</source>
            <translation>statistics of a period (the yearly report)</translation>
        </message>
        <message>
            <source>office that ran the sessions</source>
            <translation>office that ran the sessions</translation>
        </message>
        <message>
            <source>group type, e.g. refugee_assembly</source>
            <translation>group type, e.g. refugee_assembly</translation>
        </message>
        <message>
            <source>group register id or UUID</source>
            <translation>group register id or UUID</translation>
        </message>
        <message>
            <source>print one JSON object</source>
            <translation>print one JSON object</translation>
        </message>
        <message>
            <source>also write the report as Excel</source>
            <translation>also write the report as Excel</translation>
        </message>
        <message>
            <source>also write the report as PDF</source>
            <translation>also write the report as PDF</translation>
        </message>
        <message>
            <source>also write the charts as PNG images</source>
            <translation>also write the charts as PNG images</translation>
        </message>
        <message>
            <source>also write the tables as CSV</source>
            <translation>also write the tables as CSV</translation>
        </message>
        <message>
            <source>fill the database with a demo office</source>
            <translation>fill the database with a demo office</translation>
        </message>
        <message>
            <source>write the Excel import template</source>
            <translation>write the Excel import template</translation>
        </message>
        <message>
            <source>print a session's attendance sheet to PDF</source>
            <translation>print a session's attendance sheet to PDF</translation>
        </message>
        <message>
            <source>session register id (e.g. S001) or UUID</source>
            <translation>session register id (e.g. S001) or UUID</translation>
        </message>
        <message>
            <source>US Letter instead of A4</source>
            <translation>US Letter instead of A4</translation>
        </message>
        <message>
            <source>list people who may be registered twice</source>
            <translation>list people who may be registered twice</translation>
        </message>
        <message>
            <source>lowest score shown, 0 to 1</source>
            <translation>lowest score shown, 0 to 1</translation>
        </message>
        <message>
            <source>decide whether two records are one person</source>
            <translation>decide whether two records are one person</translation>
        </message>
        <message>
            <source>the same person: keep KEEP, OTHER becomes its alias</source>
            <translation>the same person: keep KEEP, OTHER becomes its alias</translation>
        </message>
        <message>
            <source>different people: not proposed as duplicates again</source>
            <translation>different people: not proposed as duplicates again</translation>
        </message>
        <message>
            <source>take back a decision: two people again</source>
            <translation>take back a decision: two people again</translation>
        </message>
        <message>
            <source>Written: {path}</source>
            <translation>Written: {path}</translation>
        </message>
        <message>
            <source>{score:.2f}  {a_office}:{a_id} {a_name}  |  {b_office}:{b_id} {b_name}</source>
            <translation>{score:.2f}  {a_office}:{a_id} {a_name}  |  {b_office}:{b_id} {b_name}</translation>
        </message>
        <message>
            <source>{b} is now the same person as {a} (kept).</source>
            <translation>{b} is now the same person as {a} (kept).</translation>
        </message>
        <message>
            <source>{text} is not a date; write it as YYYY-MM-DD.</source>
            <translation>{text} is not a date; write it as YYYY-MM-DD.</translation>
        </message>
        <message>
            <source>For example: ttk --db demo.sqlite3 demo</source>
            <translation>For example: ttk --db demo.sqlite3 demo</translation>
        </message>
        <message>
            <source>{a} and {b} are different people.</source>
            <translation>{a} and {b} are different people.</translation>
        </message>
        <message>
            <source>{a} and {b} are two people again.</source>
            <translation>{a} and {b} are two people again.</translation>
        </message>
        <message>
            <source>Nothing was imported: correct the errors above and import again.</source>
            <translation>Nothing was imported: correct the errors above and import again.</translation>
        </message>
        <message>
            <source>{file}: {error}</source>
            <translation>{file}: {error}</translation>
        </message>
        <message>
            <source>Interrupted.</source>
            <translation>Interrupted.</translation>
        </message>
        <message>
            <source>Unexpected error: {error}. Run again with --debug for details.</source>
            <translation>Unexpected error: {error}. Run again with --debug for details.</translation>
        </message>
        <message>
            <source>Backup written: {path} ({size} KB)</source>
            <translation>Backup written: {path} ({size} KB)</translation>
        </message>
        <message>
            <source>Restored {path} from {backup} (made on {when}).</source>
            <translation>Restored {path} from {backup} (made on {when}).</translation>
        </message>
        <message>
            <source>{path} is damaged or does not open with this key: SQLite's integrity check failed.</source>
            <translation>{path} is damaged or does not open with this key: SQLite's integrity check failed.</translation>
        </message>
        <message>
            <source>make, list or restore backups of the database</source>
            <translation>make, list or restore backups of the database</translation>
        </message>
        <message>
            <source>back the database up now</source>
            <translation>back the database up now</translation>
        </message>
        <message>
            <source>an existing folder (default: the backups folder and the second folder)</source>
            <translation>an existing folder (default: the backups folder and the second folder)</translation>
        </message>
        <message>
            <source>the backups of this database, newest first</source>
            <translation>the backups of this database, newest first</translation>
        </message>
        <message>
            <source>replace the database with a backup</source>
            <translation>replace the database with a backup</translation>
        </message>
        <message>
            <source>the backup file</source>
            <translation>the backup file</translation>
        </message>
        <message>
            <source>really replace it (the current one is kept)</source>
            <translation>really replace it (the current one is kept)</translation>
        </message>
        <message>
            <source>check the database for damage; name the newest good backup</source>
            <translation>check the database for damage; name the newest good backup</translation>
        </message>
        <message>
            <source>Copied to: {path}</source>
            <translation>Copied to: {path}</translation>
        </message>
        <message>
            <source>No backups in {folder}.</source>
            <translation>No backups in {folder}.</translation>
        </message>
        <message>
            <source>{when}  {kind}  {size} KB  {path}</source>
            <translation>{when}  {kind}  {size} KB  {path}</translation>
        </message>
        <message>
            <source>{backup} cannot be restored: it is missing, damaged, or a backup of another database. Nothing was changed.</source>
            <translation>{backup} cannot be restored: it is missing, damaged, or a backup of another database. Nothing was changed.</translation>
        </message>
        <message>
            <source>This would replace the database {path} with the backup {backup} made on {when}: every change since then would be lost from it. The current database would be kept as a backup first. Run again with --yes to restore.</source>
            <translation>This would replace the database {path} with the backup {backup} made on {when}: every change since then would be lost from it. The current database would be kept as a backup first. Run again with --yes to restore.</translation>
        </message>
        <message>
            <source>Deleted {backup}.</source>
            <translation>Deleted {backup}.</translation>
        </message>
        <message>
            <source>delete a backup (and its key file)</source>
            <translation>delete a backup (and its key file)</translation>
        </message>
        <message>
            <source>really delete it</source>
            <translation>really delete it</translation>
        </message>
        <message>
            <source>This would delete the backup {backup} made on {when}; it cannot be brought back. Run again with --yes to delete it.</source>
            <translation>This would delete the backup {backup} made on {when}; it cannot be brought back. Run again with --yes to delete it.</translation>
        </message>
        <message>
            <source>The database as it was is kept at {kept}.</source>
            <translation>The database as it was is kept at {kept}.</translation>
        </message>
        <message>
            <source>{path}: the integrity check found no damage.</source>
            <translation>{path}: the integrity check found no damage.</translation>
        </message>
        <message>
            <source>There is no good backup in {folder}.</source>
            <translation>There is no good backup in {folder}.</translation>
        </message>
        <message>
            <source>The newest good backup is {backup} (made on {when}). Restore it with: ttk backup restore {backup} --yes</source>
            <translation>The newest good backup is {backup} (made on {when}). Restore it with: ttk backup restore {backup} --yes</translation>
        </message>
        <message>
            <source>Passphrase: </source>
            <translation>Passphrase: </translation>
        </message>
        <message>
            <source>Public key (give it to the offices): {path}</source>
            <translation>Public key (give it to the offices): {path}</translation>
        </message>
        <message>
            <source>Private key (keep it safe, with its passphrase): {path}</source>
            <translation>Private key (keep it safe, with its passphrase): {path}</translation>
        </message>
        <message>
            <source>Fingerprint: {fingerprint}</source>
            <translation>Fingerprint: {fingerprint}</translation>
        </message>
        <message>
            <source>full export</source>
            <translation>full export</translation>
        </message>
        <message>
            <source>changes since export {seq}</source>
            <translation>changes since export {seq}</translation>
        </message>
        <message>
            <source>Written {path} ({kind}, number {seq}): {participants} participants, {groups} groups, {sessions} sessions, {attendance} attendances, {members} memberships; {size} KB.</source>
            <translation>Written {path} ({kind}, number {seq}): {participants} participants, {groups} groups, {sessions} sessions, {attendance} attendances, {members} memberships; {size} KB.</translation>
        </message>
        <message>
            <source>headquarters' key pair for office data files</source>
            <translation>headquarters' key pair for office data files</translation>
        </message>
        <message>
            <source>create hq.pub and the passphrase-protected hq.key</source>
            <translation>create hq.pub and the passphrase-protected hq.key</translation>
        </message>
        <message>
            <source>folder for the two files</source>
            <translation>folder for the two files</translation>
        </message>
        <message>
            <source>write an encrypted data file for headquarters</source>
            <translation>write an encrypted data file for headquarters</translation>
        </message>
        <message>
            <source>the file to write, or a folder for the usual name</source>
            <translation>the file to write, or a folder for the usual name</translation>
        </message>
        <message>
            <source>headquarters public key file (default: the keys in Settings)</source>
            <translation>headquarters public key file (default: the keys in Settings)</translation>
        </message>
        <message>
            <source>everything, not only the changes</source>
            <translation>everything, not only the changes</translation>
        </message>
        <message>
            <source>merge office data files into this database</source>
            <translation>merge office data files into this database</translation>
        </message>
        <message>
            <source>headquarters private key file</source>
            <translation>headquarters private key file</translation>
        </message>
        <message>
            <source>the data files merged here, per office</source>
            <translation>the data files merged here, per office</translation>
        </message>
        <message>
            <source>fields changed in two places, kept and other value</source>
            <translation>fields changed in two places, kept and other value</translation>
        </message>
        <message>
            <source>Set TTK_PASSPHRASE, or run the command in a terminal to be asked.</source>
            <translation>Set TTK_PASSPHRASE, or run the command in a terminal to be asked.</translation>
        </message>
        <message>
            <source>The two passphrases differ; nothing was written.</source>
            <translation>The two passphrases differ; nothing was written.</translation>
        </message>
        <message>
            <source>First file of office {office}: its signing key {fingerprint} is now pinned.</source>
            <translation>First file of office {office}: its signing key {fingerprint} is now pinned.</translation>
        </message>
        <message>
            <source>No data file has been merged into this database.</source>
            <translation>No data file has been merged into this database.</translation>
        </message>
        <message>
            <source>{office} #{seq}  exported {created}  newest change {newest}  merged {merged}  {kind}  +{added} ~{updated} -{deleted} !{conflicts}  {file}</source>
            <translation>{office} #{seq}  exported {created}  newest change {newest}  merged {merged}  {kind}  +{added} ~{updated} -{deleted} !{conflicts}  {file}</translation>
        </message>
        <message>
            <source>No open conflicts.</source>
            <translation>No open conflicts.</translation>
        </message>
        <message>
            <source>#{id} {record}, {field}: kept {kept} ({kept_office}, {kept_at}); other {other} ({other_office}, {other_at})</source>
            <translation>#{id} {record}, {field}: kept {kept} ({kept_office}, {kept_at}); other {other} ({other_office}, {other_at})</translation>
        </message>
        <message>
            <source>Passphrase again: </source>
            <translation>Passphrase again: </translation>
        </message>
        <message>
            <source>{file}: refused: {reason}</source>
            <translation>{file}: refused: {reason}</translation>
        </message>
        <message>
            <source>{file} ({office}): {status}; {added} added, {updated} updated, {deleted} deleted, {conflicts} conflicts</source>
            <translation>{file} ({office}): {status}; {added} added, {updated} updated, {deleted} deleted, {conflicts} conflicts</translation>
        </message>
        <message>
            <source>full</source>
            <translation>full</translation>
        </message>
        <message>
            <source>changes</source>
            <translation>changes</translation>
        </message>
        <message>
            <source>Erasing removes the names, phone, notes, register number and disability answer, and shows only the year of birth; gender, nationality, office, groups and attendance are kept, so past statistics stay the same. The audit log keeps who changed the record and when, without the values. It cannot be undone; the erasure reaches headquarters with the next data file.</source>
            <translation>Erasing removes the names, phone, notes, register number and disability answer, and shows only the year of birth; gender, nationality, office, groups and attendance are kept, so past statistics stay the same. The audit log keeps who changed the record and when, without the values. It cannot be undone; the erasure reaches headquarters with the next data file.</translation>
        </message>
        <message>
            <source>{person} was erased.</source>
            <translation>{person} was erased.</translation>
        </message>
        <message>
            <source>{count} people inactive for {years} years were anonymised.</source>
            <translation>{count} people inactive for {years} years were anonymised.</translation>
        </message>
        <message>
            <source>export everything held about a person, or erase them</source>
            <translation>export everything held about a person, or erase them</translation>
        </message>
        <message>
            <source>write everything held about a person</source>
            <translation>write everything held about a person</translation>
        </message>
        <message>
            <source>the file to write: FILE.xlsx or FILE.pdf</source>
            <translation>the file to write: FILE.xlsx or FILE.pdf</translation>
        </message>
        <message>
            <source>the person's language (default: tr)</source>
            <translation>the person's language (default: tr)</translation>
        </message>
        <message>
            <source>erase a person on request (cannot be undone)</source>
            <translation>erase a person on request (cannot be undone)</translation>
        </message>
        <message>
            <source>really erase (without it: explain)</source>
            <translation>really erase (without it: explain)</translation>
        </message>
        <message>
            <source>anonymise people inactive for N years</source>
            <translation>anonymise people inactive for N years</translation>
        </message>
        <message>
            <source>inactive for this many years (default: the retention setting)</source>
            <translation>inactive for this many years (default: the retention setting)</translation>
        </message>
        <message>
            <source>anonymise (without it: only count)</source>
            <translation>anonymise (without it: only count)</translation>
        </message>
        <message>
            <source>count as of this day, YYYY-MM-DD (default: today)</source>
            <translation>count as of this day, YYYY-MM-DD (default: today)</translation>
        </message>
        <message>
            <source>Wrote everything held about {person} to {path}.</source>
            <translation>Wrote everything held about {person} to {path}.</translation>
        </message>
        <message>
            <source>The file holds personal data: keep it safe and give it only to the person.</source>
            <translation>The file holds personal data: keep it safe and give it only to the person.</translation>
        </message>
        <message>
            <source>Nothing was changed. Run again with --yes to erase {person}.</source>
            <translation>Nothing was changed. Run again with --yes to erase {person}.</translation>
        </message>
        <message>
            <source>Give the number of years with --years N (no retention period is set).</source>
            <translation>Give the number of years with --years N (no retention period is set).</translation>
        </message>
        <message>
            <source>{count} people have had no attendance and no change for {years} years. Nothing was changed; run again with --yes to anonymise them.</source>
            <translation>{count} people have had no attendance and no change for {years} years. Nothing was changed; run again with --yes to anonymise them.</translation>
        </message>
        <message>
            <source>New password: </source>
            <translation>New password: </translation>
        </message>
        <message>
            <source>Account: </source>
            <translation>Account: </translation>
        </message>
        <message>
            <source>Password: </source>
            <translation>Password: </translation>
        </message>
        <message>
            <source>Current password: </source>
            <translation>Current password: </translation>
        </message>
        <message>
            <source>Password changed.</source>
            <translation>Password changed.</translation>
        </message>
        <message>
            <source>accounts of this database (administrators)</source>
            <translation>accounts of this database (administrators)</translation>
        </message>
        <message>
            <source>add an account (password: TTK_NEW_PASSWORD or asked)</source>
            <translation>add an account (password: TTK_NEW_PASSWORD or asked)</translation>
        </message>
        <message>
            <source>list the accounts</source>
            <translation>list the accounts</translation>
        </message>
        <message>
            <source>stop an account from logging in</source>
            <translation>stop an account from logging in</translation>
        </message>
        <message>
            <source>change your own password</source>
            <translation>change your own password</translation>
        </message>
        <message>
            <source>Set {env}, or run the command in a terminal to be asked.</source>
            <translation>Set {env}, or run the command in a terminal to be asked.</translation>
        </message>
        <message>
            <source>New password again: </source>
            <translation>New password again: </translation>
        </message>
        <message>
            <source>The two passwords differ; nothing was changed.</source>
            <translation>The two passwords differ; nothing was changed.</translation>
        </message>
        <message>
            <source>The database is now encrypted and {admin} is its administrator. The unencrypted copy taken first ({copy}) was checked against it and deleted.</source>
            <translation>The database is now encrypted and {admin} is its administrator. The unencrypted copy taken first ({copy}) was checked against it and deleted.</translation>
        </message>
        <message>
            <source>The database is now encrypted and {admin} is its administrator. Delete the unencrypted copy {copy}: it could not be deleted.</source>
            <translation>The database is now encrypted and {admin} is its administrator. Delete the unencrypted copy {copy}: it could not be deleted.</translation>
        </message>
        <message>
            <source>Account {name} added ({role}).</source>
            <translation>Account {name} added ({role}).</translation>
        </message>
        <message>
            <source>Account {name} can no longer log in.</source>
            <translation>Account {name} can no longer log in.</translation>
        </message>
        <message>
            <source>disabled</source>
            <translation>disabled</translation>
        </message>
        <message>
            <source>active</source>
            <translation>active</translation>
        </message>
        <message>
            <source>daily</source>
            <translation>daily</translation>
        </message>
        <message>
            <source>weekly</source>
            <translation>weekly</translation>
        </message>
        <message>
            <source>manual</source>
            <translation>manual</translation>
        </message>
        <message>
            <source>before a restore</source>
            <translation>before a restore</translation>
        </message>
    </context>
    <context>
        <name>ConflictTableModel</name>
        <message>
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>Kept value</source>
            <translation>Kept value</translation>
        </message>
        <message>
            <source>Kept from</source>
            <translation>Kept from</translation>
        </message>
        <message>
            <source>Changed at</source>
            <translation>Changed at</translation>
        </message>
        <message>
            <source>Other value</source>
            <translation>Other value</translation>
        </message>
        <message>
            <source>Other from</source>
            <translation>Other from</translation>
        </message>
    </context>
    <context>
        <name>ConflictsPanel</name>
        <message>
            <source>The same field was changed at two places without one seeing the other. The later change was kept; check each one and keep it or use the other value.</source>
            <translation>The same field was changed at two places without one seeing the other. The later change was kept; check each one and keep it or use the other value.</translation>
        </message>
        <message>
            <source>No open conflicts.</source>
            <translation>No open conflicts.</translation>
        </message>
        <message>
            <source>&amp;Use the other value</source>
            <translation>&amp;Use the other value</translation>
        </message>
        <message>
            <source>&amp;Keep this value</source>
            <translation>&amp;Keep this value</translation>
        </message>
        <message>
            <source>%1, %2: the other value %3 is used now.</source>
            <translation>%1, %2: the other value %3 is used now.</translation>
        </message>
        <message>
            <source>%1, %2: the value %3 is kept.</source>
            <translation>%1, %2: the value %3 is kept.</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <source>{path} is a folder, not a database file.</source>
            <translation>{path} is a folder, not a database file.</translation>
        </message>
        <message>
            <source>There is no database at {path}. Check the path, or create a database there with: ttk --db {path} setup --office CODE --name NAME</source>
            <translation>There is no database at {path}. Check the path, or create a database there with: ttk --db {path} setup --office CODE --name NAME</translation>
        </message>
        <message>
            <source>{path} was written by a newer version of TTK Desktop (schema {revision}). Install the newer version to open it.</source>
            <translation>{path} was written by a newer version of TTK Desktop (schema {revision}). Install the newer version to open it.</translation>
        </message>
        <message>
            <source>{path} cannot be opened: {error}</source>
            <translation>{path} cannot be opened: {error}</translation>
        </message>
        <message>
            <source>{path} is not a TTK Desktop database or is damaged: {error}</source>
            <translation>{path} is not a TTK Desktop database or is damaged: {error}</translation>
        </message>
        <message>
            <source>Upgrading {path} failed ({error}). The database was left as it was; a copy of it is at {backup}.</source>
            <translation>Upgrading {path} failed ({error}). The database was left as it was; a copy of it is at {backup}.</translation>
        </message>
        <message>
            <source>{path} is not a TTK Desktop database (it has no schema version).</source>
            <translation>{path} is not a TTK Desktop database (it has no schema version).</translation>
        </message>
        <message>
            <source>{path} is damaged or is not a TTK Desktop database. If you chose the wrong file, choose the office database instead. Otherwise close TTK Desktop and replace this file with your own latest copy of the database.</source>
            <translation>{path} is damaged or is not a TTK Desktop database. If you chose the wrong file, choose the office database instead. Otherwise close TTK Desktop and replace this file with your own latest copy of the database.</translation>
        </message>
        <message>
            <source>{path} is in use by another program (another TTK Desktop window, a backup or sync tool, or a database viewer) and stayed locked. Close that program, then try again.</source>
            <translation>{path} is in use by another program (another TTK Desktop window, a backup or sync tool, or a database viewer) and stayed locked. Close that program, then try again.</translation>
        </message>
        <message>
            <source>TTK Desktop cannot change {path}: the file or its folder is read-only, or you do not have permission to write there. Move the database file to a folder you can write to (for example Documents) and open it from there.</source>
            <translation>TTK Desktop cannot change {path}: the file or its folder is read-only, or you do not have permission to write there. Move the database file to a folder you can write to (for example Documents) and open it from there.</translation>
        </message>
        <message>
            <source>The disk holding {path} is full. Free some disk space, then try again.</source>
            <translation>The disk holding {path} is full. Free some disk space, then try again.</translation>
        </message>
        <message>
            <source>{path} could not be read or written because of a disk or network error. Check that the drive or network folder holding it is connected, then try again.</source>
            <translation>{path} could not be read or written because of a disk or network error. Check that the drive or network folder holding it is connected, then try again.</translation>
        </message>
        <message>
            <source>{path} is damaged or is not a TTK Desktop database. If you chose the wrong file, choose the office database instead. Otherwise close TTK Desktop and replace this file with a copy of the newest automatic backup beside it, {backup}, or with your own latest copy.</source>
            <translation>{path} is damaged or is not a TTK Desktop database. If you chose the wrong file, choose the office database instead. Otherwise close TTK Desktop and replace this file with a copy of the newest automatic backup beside it, {backup}, or with your own latest copy.</translation>
        </message>
        <message>
            <source>{problem} Your change was not saved.</source>
            <translation>{problem} Your change was not saved.</translation>
        </message>
        <message>
            <source>{path} is protected by accounts. Log in first: the command line asks for the account name and password (or reads TTK_USER and TTK_PASSWORD).</source>
            <translation>{path} is protected by accounts. Log in first: the command line asks for the account name and password (or reads TTK_USER and TTK_PASSWORD).</translation>
        </message>
    </context>
    <context>
        <name>Demo</name>
        <message>
            <source>{path} already holds participants or groups. The demo fills only an empty database, so nothing was written. Use a new file name instead; the demo creates the file.</source>
            <translation>{path} already holds participants or groups. The demo fills only an empty database, so nothing was written. Use a new file name instead; the demo creates the file.</translation>
        </message>
    </context>
    <context>
        <name>DetailPanel</name>
        <message>
            <source>Groups</source>
            <translation>Groups</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Group</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Topic</translation>
        </message>
        <message>
            <source>Select a participant to see their groups and attendance.</source>
            <translation>Select a participant to see their groups and attendance.</translation>
        </message>
        <message>
            <source>Not a member of any group</source>
            <translation>Not a member of any group</translation>
        </message>
        <message numerus="yes">
            <source>Attendance: %Ln session(s)</source>
            <translation>
                <numerusform>Attendance: %Ln session</numerusform>
                <numerusform>Attendance: %Ln sessions</numerusform>
            </translation>
        </message>
        <message>
            <source>Gender: %1</source>
            <translation>Gender: %1</translation>
        </message>
        <message>
            <source>Born: %1 (age %2)</source>
            <translation>Born: %1 (age %2)</translation>
        </message>
        <message>
            <source>Nationality: %1</source>
            <translation>Nationality: %1</translation>
        </message>
        <message>
            <source>Phone: %1</source>
            <translation>Phone: %1</translation>
        </message>
        <message>
            <source>Register number: %1</source>
            <translation>Register number: %1</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Disability: %1</source>
            <translation>Disability: %1</translation>
        </message>
        <message>
            <source>Consent given on %1</source>
            <translation>Consent given on %1</translation>
        </message>
        <message>
            <source>No consent recorded</source>
            <translation>No consent recorded</translation>
        </message>
    </context>
    <context>
        <name>Duplicates</name>
        <message>
            <source>Same name</source>
            <translation>Same name</translation>
        </message>
        <message>
            <source>Same name in another transliteration</source>
            <translation>Same name in another transliteration</translation>
        </message>
        <message>
            <source>Same name in Arabic and Latin script</source>
            <translation>Same name in Arabic and Latin script</translation>
        </message>
        <message>
            <source>First and last name swapped</source>
            <translation>First and last name swapped</translation>
        </message>
        <message>
            <source>Similar name</source>
            <translation>Similar name</translation>
        </message>
        <message>
            <source>Different names</source>
            <translation>Different names</translation>
        </message>
        <message>
            <source>Same birth date</source>
            <translation>Same birth date</translation>
        </message>
        <message>
            <source>Same birth year (only the year is known)</source>
            <translation>Same birth year (only the year is known)</translation>
        </message>
        <message>
            <source>Different birth dates</source>
            <translation>Different birth dates</translation>
        </message>
        <message>
            <source>Different birth years</source>
            <translation>Different birth years</translation>
        </message>
        <message>
            <source>Same gender</source>
            <translation>Same gender</translation>
        </message>
        <message>
            <source>Different genders</source>
            <translation>Different genders</translation>
        </message>
        <message>
            <source>Same phone</source>
            <translation>Same phone</translation>
        </message>
        <message>
            <source>Different phones</source>
            <translation>Different phones</translation>
        </message>
        <message>
            <source>Same nationality</source>
            <translation>Same nationality</translation>
        </message>
        <message>
            <source>Different nationalities</source>
            <translation>Different nationalities</translation>
        </message>
        <message>
            <source>Registered at the same office</source>
            <translation>Registered at the same office</translation>
        </message>
        <message>
            <source>Registered at different offices</source>
            <translation>Registered at different offices</translation>
        </message>
        <message>
            <source>{a} and {b}</source>
            <translation>{a} and {b}</translation>
        </message>
        <message>
            <source>Participant {uuid} is not in this database (or was deleted). Search the participants list for the person.</source>
            <translation>Participant {uuid} is not in this database (or was deleted). Search the participants list for the person.</translation>
        </message>
        <message>
            <source>No participant has the id "{key}". Name a person by UUID or by OFFICE:REGISTER_NUMBER (for example IST:P0012).</source>
            <translation>No participant has the id "{key}". Name a person by UUID or by OFFICE:REGISTER_NUMBER (for example IST:P0012).</translation>
        </message>
        <message>
            <source>Both sides name the same record ({uuid}). Choose two different people.</source>
            <translation>Both sides name the same record ({uuid}). Choose two different people.</translation>
        </message>
        <message>
            <source>The field "{name}" cannot be taken over.</source>
            <translation>The field "{name}" cannot be taken over.</translation>
        </message>
        <message>
            <source>{a} and {b} were never confirmed as one person (or were split already): there is nothing to split.</source>
            <translation>{a} and {b} were never confirmed as one person (or were split already): there is nothing to split.</translation>
        </message>
        <message>
            <source>Same person</source>
            <translation>Same person</translation>
        </message>
        <message>
            <source>Different people</source>
            <translation>Different people</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesModels</name>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Person 1</source>
            <translation>Person 1</translation>
        </message>
        <message>
            <source>Person 2</source>
            <translation>Person 2</translation>
        </message>
        <message>
            <source>Offices</source>
            <translation>Offices</translation>
        </message>
        <message>
            <source>Reasons</source>
            <translation>Reasons</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>First name</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Last name</translation>
        </message>
        <message>
            <source>First name (Arabic)</source>
            <translation>First name (Arabic)</translation>
        </message>
        <message>
            <source>Last name (Arabic)</source>
            <translation>Last name (Arabic)</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Gender</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>Birth date</translation>
        </message>
        <message>
            <source>Nationality</source>
            <translation>Nationality</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Register number</source>
            <translation>Register number</translation>
        </message>
        <message>
            <source>Disability</source>
            <translation>Disability</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Consent</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>No consent recorded</source>
            <translation>No consent recorded</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>Differs</source>
            <translation>Differs</translation>
        </message>
        <message>
            <source>Person 1 (%1)</source>
            <translation>Person 1 (%1)</translation>
        </message>
        <message>
            <source>Person 2 (%1)</source>
            <translation>Person 2 (%1)</translation>
        </message>
        <message>
            <source>The two records differ: choose the value to keep (Alt+1 or Alt+2).</source>
            <translation>The two records differ: choose the value to keep (Alt+1 or Alt+2).</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesView</name>
        <message>
            <source>&amp;Split into two people…</source>
            <translation>&amp;Split into two people…</translation>
        </message>
        <message>
            <source>To review</source>
            <translation>To review</translation>
        </message>
        <message>
            <source>Confirmed pairs</source>
            <translation>Confirmed pairs</translation>
        </message>
        <message>
            <source>Keep:</source>
            <translation>Keep:</translation>
        </message>
        <message>
            <source>%1 marks a field whose values differ; the ticked value is kept (Alt+1: first, Alt+2: second).</source>
            <translation>%1 marks a field whose values differ; the ticked value is kept (Alt+1: first, Alt+2: second).</translation>
        </message>
        <message>
            <source>Person 1</source>
            <translation>Person 1</translation>
        </message>
        <message>
            <source>Person 2</source>
            <translation>Person 2</translation>
        </message>
        <message>
            <source>&amp;Confirm: same person…</source>
            <translation>&amp;Confirm: same person…</translation>
        </message>
        <message>
            <source>&amp;Different people</source>
            <translation>&amp;Different people</translation>
        </message>
        <message>
            <source>&amp;Later</source>
            <translation>&amp;Later</translation>
        </message>
        <message>
            <source>&amp;Find again</source>
            <translation>&amp;Find again</translation>
        </message>
        <message>
            <source>Looking for people registered twice…</source>
            <translation>Looking for people registered twice…</translation>
        </message>
        <message numerus="yes">
            <source>%Ln pair(s) to review, most alike first.</source>
            <translation>
                <numerusform>%Ln pair to review.</numerusform>
                <numerusform>%Ln pairs to review, most alike first.</numerusform>
            </translation>
        </message>
        <message>
            <source>No pairs to review: nobody seems to be registered twice.</source>
            <translation>No pairs to review: nobody seems to be registered twice.</translation>
        </message>
        <message>
            <source>To review (%1)</source>
            <translation>To review (%1)</translation>
        </message>
        <message>
            <source>%1 (%2), also registered as %3 (%4)</source>
            <translation>%1 (%2), also registered as %3 (%4)</translation>
        </message>
        <message>
            <source>Confirmed pairs (%1)</source>
            <translation>Confirmed pairs (%1)</translation>
        </message>
        <message>
            <source>Select a pair to compare the two records.</source>
            <translation>Select a pair to compare the two records.</translation>
        </message>
        <message numerus="yes">
            <source>%1 and %2: %Ln field(s) differ.</source>
            <translation>
                <numerusform>%1 and %2: %Ln field differs.</numerusform>
                <numerusform>%1 and %2: %Ln fields differ.</numerusform>
            </translation>
        </message>
        <message>
            <source>Person 1: %1 (%2)</source>
            <translation>Person 1: %1 (%2)</translation>
        </message>
        <message>
            <source>Person 2: %1 (%2)</source>
            <translation>Person 2: %1 (%2)</translation>
        </message>
        <message>
            <source>Same person</source>
            <translation>Same person</translation>
        </message>
        <message>
            <source>Record %1 (%2) and %3 (%4) as the same person?

%1 is kept, with the values you chose; %3 becomes another record of them. Their groups and attendance belong to %1 from now on and are counted once.

You can split them again later under “Confirmed pairs”.</source>
            <translation>Record %1 (%2) and %3 (%4) as the same person?

%1 is kept, with the values you chose; %3 becomes another record of them. Their groups and attendance belong to %1 from now on and are counted once.

You can split them again later under “Confirmed pairs”.</translation>
        </message>
        <message>
            <source>Split</source>
            <translation>Split</translation>
        </message>
        <message>
            <source>Split %1 (%2) and %3 (%4) into two people again?

Each gets back their own groups and attendance, and both are counted again.</source>
            <translation>Split %1 (%2) and %3 (%4) into two people again?

Each gets back their own groups and attendance, and both are counted again.</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>TTK Desktop</source>
            <translation>TTK Desktop</translation>
        </message>
        <message>
            <source>Something unexpected went wrong. Your data is safe: the last change was not saved. If it happens again, copy the details and send them to your IT contact.</source>
            <translation>Something unexpected went wrong. Your data is safe: the last change was not saved. If it happens again, copy the details and send them to your IT contact.</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>Copy details</translation>
        </message>
    </context>
    <context>
        <name>Exchange</name>
        <message>
            <source>The file is larger than any TTK Desktop data file ({size} MB).</source>
            <translation>The file is larger than any TTK Desktop data file ({size} MB).</translation>
        </message>
        <message>
            <source>This is not a TTK Desktop data file.</source>
            <translation>This is not a TTK Desktop data file.</translation>
        </message>
        <message>
            <source>This file was written by a newer version of TTK Desktop (format {version}). Update the program to merge it.</source>
            <translation>This file was written by a newer version of TTK Desktop (format {version}). Update the program to merge it.</translation>
        </message>
        <message>
            <source>The file is damaged inside. Ask for it again.</source>
            <translation>The file is damaged inside. Ask for it again.</translation>
        </message>
        <message>
            <source>The file holds more than a data file may ({size} MB unpacked).</source>
            <translation>The file holds more than a data file may ({size} MB unpacked).</translation>
        </message>
        <message>
            <source>The file is damaged or incomplete (cut short while copying?). Ask for it again.</source>
            <translation>The file is damaged or incomplete (cut short while copying?). Ask for it again.</translation>
        </message>
        <message>
            <source>The file's signature does not match: it was changed after it was written.</source>
            <translation>The file's signature does not match: it was changed after it was written.</translation>
        </message>
        <message>
            <source>This file cannot be opened with this key: it was sent to another key, or its beginning is damaged.</source>
            <translation>This file cannot be opened with this key: it was sent to another key, or its beginning is damaged.</translation>
        </message>
        <message>
            <source>Conflict #{id} is not open.</source>
            <translation>Conflict #{id} is not open.</translation>
        </message>
        <message>
            <source>The record of conflict #{id} is gone.</source>
            <translation>The record of conflict #{id} is gone.</translation>
        </message>
        <message>
            <source>The passphrase must have at least 8 characters.</source>
            <translation>The passphrase must have at least 8 characters.</translation>
        </message>
        <message>
            <source>{folder} already holds a key pair; a new one would make every file sent to the old one unreadable. Choose another folder.</source>
            <translation>{folder} already holds a key pair; a new one would make every file sent to the old one unreadable. Choose another folder.</translation>
        </message>
        <message>
            <source>The key file {path} cannot be read: {reason}.</source>
            <translation>The key file {path} cannot be read: {reason}.</translation>
        </message>
        <message>
            <source>The passphrase is wrong, or {path} is not a TTK Desktop private key.</source>
            <translation>The passphrase is wrong, or {path} is not a TTK Desktop private key.</translation>
        </message>
        <message>
            <source>This is not a headquarters public key (it starts with age1 and is one line): {start}</source>
            <translation>This is not a headquarters public key (it starts with age1 and is one line): {start}</translation>
        </message>
        <message>
            <source>Add the headquarters public key first (Settings, or --to FILE): a data file is encrypted so that only headquarters can read it.</source>
            <translation>Add the headquarters public key first (Settings, or --to FILE): a data file is encrypted so that only headquarters can read it.</translation>
        </message>
        <message>
            <source>This database has no office yet: set it up first.</source>
            <translation>This database has no office yet: set it up first.</translation>
        </message>
        <message>
            <source>This file was exported by this very database.</source>
            <translation>This file was exported by this very database.</translation>
        </message>
        <message>
            <source>The file is signed by another key than the one office {office} was first seen with (key {fingerprint}). If that office's computer was replaced, an administrator can accept its new key.</source>
            <translation>The file is signed by another key than the one office {office} was first seen with (key {fingerprint}). If that office's computer was replaced, an administrator can accept its new key.</translation>
        </message>
        <message>
            <source>Office {office}'s signing key {fingerprint} was not confirmed; nothing merged.</source>
            <translation>Office {office}'s signing key {fingerprint} was not confirmed; nothing merged.</translation>
        </message>
        <message>
            <source>{path} cannot be written: {reason}.</source>
            <translation>{path} cannot be written: {reason}.</translation>
        </message>
        <message>
            <source>The file cannot be read: {reason}.</source>
            <translation>The file cannot be read: {reason}.</translation>
        </message>
        <message>
            <source>After this file, two records of office {office} would have the register number {number}: it was given to one here and to another at the office. Give the one here another number, then merge this file again; nothing merged.</source>
            <translation>After this file, two records of office {office} would have the register number {number}: it was given to one here and to another at the office. Give the one here another number, then merge this file again; nothing merged.</translation>
        </message>
        <message>
            <source>The file's contents are not valid ({error}); nothing merged.</source>
            <translation>The file's contents are not valid ({error}); nothing merged.</translation>
        </message>
        <message>
            <source>This file follows file {seq} of office {office}, exported on {date}, which has not been merged here. Merge that file first, or ask the office for a full export.</source>
            <translation>This file follows file {seq} of office {office}, exported on {date}, which has not been merged here. Merge that file first, or ask the office for a full export.</translation>
        </message>
    </context>
    <context>
        <name>ExchangeModels</name>
        <message>
            <source>Merged</source>
            <translation>Merged</translation>
        </message>
        <message>
            <source>Already merged</source>
            <translation>Already merged</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Refused</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>Office</translation>
        </message>
        <message>
            <source>Register number</source>
            <translation>Register number</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>First name</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Last name</translation>
        </message>
        <message>
            <source>First name in Arabic</source>
            <translation>First name in Arabic</translation>
        </message>
        <message>
            <source>Last name in Arabic</source>
            <translation>Last name in Arabic</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Gender</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>Birth date</translation>
        </message>
        <message>
            <source>Birth date estimated</source>
            <translation>Birth date estimated</translation>
        </message>
        <message>
            <source>Nationality</source>
            <translation>Nationality</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Consent given</source>
            <translation>Consent given</translation>
        </message>
        <message>
            <source>Consent date</source>
            <translation>Consent date</translation>
        </message>
        <message>
            <source>Disability</source>
            <translation>Disability</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Deleted</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>Facilitator</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Start date</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>End date</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Group</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Start time</source>
            <translation>Start time</translation>
        </message>
        <message>
            <source>End time</source>
            <translation>End time</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Topic</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Duplicate decision</source>
            <translation>Duplicate decision</translation>
        </message>
        <message>
            <source>Person kept</source>
            <translation>Person kept</translation>
        </message>
        <message>
            <source>Other person</source>
            <translation>Other person</translation>
        </message>
        <message>
            <source>Decided at</source>
            <translation>Decided at</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Full</source>
            <translation>Full</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Changes</translation>
        </message>
    </context>
    <context>
        <name>ExchangeView</name>
        <message>
            <source>Send this office's data to headquarters</source>
            <translation>Send this office's data to headquarters</translation>
        </message>
        <message>
            <source>Headquarters &amp;keys…</source>
            <translation>Headquarters &amp;keys…</translation>
        </message>
        <message>
            <source>&amp;Export changes…</source>
            <translation>&amp;Export changes…</translation>
        </message>
        <message>
            <source>What changed since the last export to the same headquarters</source>
            <translation>What changed since the last export to the same headquarters</translation>
        </message>
        <message>
            <source>F&amp;ull export…</source>
            <translation>F&amp;ull export…</translation>
        </message>
        <message>
            <source>Everything in this database</source>
            <translation>Everything in this database</translation>
        </message>
        <message>
            <source>Merge offices' data files</source>
            <translation>Merge offices' data files</translation>
        </message>
        <message>
            <source>Private &amp;key file…</source>
            <translation>Private &amp;key file…</translation>
        </message>
        <message>
            <source>Files ready to merge:</source>
            <translation>Files ready to merge:</translation>
        </message>
        <message>
            <source>&amp;Merge files…</source>
            <translation>&amp;Merge files…</translation>
        </message>
        <message>
            <source>Merge &amp;these files</source>
            <translation>Merge &amp;these files</translation>
        </message>
        <message>
            <source>Clea&amp;r list</source>
            <translation>Clea&amp;r list</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>&amp;Cancel</translation>
        </message>
        <message>
            <source>Merge results</source>
            <translation>Merge results</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Conflicts</translation>
        </message>
        <message>
            <source>Merged files and office keys</source>
            <translation>Merged files and office keys</translation>
        </message>
        <message>
            <source>Files are encrypted for headquarters' key:</source>
            <translation>Files are encrypted for headquarters' key:</translation>
        </message>
        <message>
            <source>No headquarters public key is set: data files cannot be exported until you add it.</source>
            <translation>No headquarters public key is set: data files cannot be exported until you add it.</translation>
        </message>
        <message>
            <source>Add the headquarters &amp;key…</source>
            <translation>Add the headquarters &amp;key…</translation>
        </message>
        <message>
            <source>This office's signing key (headquarters checks it): %1</source>
            <translation>This office's signing key (headquarters checks it): %1</translation>
        </message>
        <message>
            <source>No data file was exported from here yet.</source>
            <translation>No data file was exported from here yet.</translation>
        </message>
        <message>
            <source>Last export: No. %1 on %2, file %3 (%4).</source>
            <translation>Last export: No. %1 on %2, file %3 (%4).</translation>
        </message>
        <message>
            <source>full</source>
            <translation>full</translation>
        </message>
        <message>
            <source>changes</source>
            <translation>changes</translation>
        </message>
        <message>
            <source>Conflicts (%1)</source>
            <translation>Conflicts (%1)</translation>
        </message>
        <message>
            <source>Data exchange</source>
            <translation>Data exchange</translation>
        </message>
        <message>
            <source>No headquarters public key is set. A data file is encrypted so that only headquarters can read it. Add the key now?</source>
            <translation>No headquarters public key is set. A data file is encrypted so that only headquarters can read it. Add the key now?</translation>
        </message>
        <message>
            <source>Full export</source>
            <translation>Full export</translation>
        </message>
        <message>
            <source>Export changes</source>
            <translation>Export changes</translation>
        </message>
        <message>
            <source>TTK Desktop data files (*.ttkx)</source>
            <translation>TTK Desktop data files (*.ttkx)</translation>
        </message>
        <message>
            <source>Writing %1…</source>
            <translation>Writing %1…</translation>
        </message>
        <message>
            <source>%1 was written (%2).</source>
            <translation>%1 was written (%2).</translation>
        </message>
        <message>
            <source>Everything in this database.</source>
            <translation>Everything in this database.</translation>
        </message>
        <message>
            <source>What changed since export No. %1.</source>
            <translation>What changed since export No. %1.</translation>
        </message>
        <message>
            <source>Participants: %1, groups: %2, sessions: %3, attendance marks: %4.</source>
            <translation>Participants: %1, groups: %2, sessions: %3, attendance marks: %4.</translation>
        </message>
        <message>
            <source>Folder: %1</source>
            <translation>Folder: %1</translation>
        </message>
        <message>
            <source>Headquarters private key: %1</source>
            <translation>Headquarters private key: %1</translation>
        </message>
        <message>
            <source>Headquarters private key: asked at the first merge.</source>
            <translation>Headquarters private key: asked at the first merge.</translation>
        </message>
        <message>
            <source>Choose “Merge these files”: the private key's passphrase is asked.</source>
            <translation>Choose “Merge these files”: the private key's passphrase is asked.</translation>
        </message>
        <message>
            <source>Merge data files</source>
            <translation>Merge data files</translation>
        </message>
        <message>
            <source>TTK Desktop data files (*.ttkx);;All files (*)</source>
            <translation>TTK Desktop data files (*.ttkx);;All files (*)</translation>
        </message>
        <message>
            <source>Opening the files…</source>
            <translation>Opening the files…</translation>
        </message>
        <message>
            <source>Stopping after the file being merged…</source>
            <translation>Stopping after the file being merged…</translation>
        </message>
        <message>
            <source>%1 of %2 files</source>
            <translation>%1 of %2 files</translation>
        </message>
        <message>
            <source>Merged: %1, already merged before: %2, not merged: %3. New conflicts: %4.</source>
            <translation>Merged: %1, already merged before: %2, not merged: %3. New conflicts: %4.</translation>
        </message>
        <message>
            <source>Files refused</source>
            <translation>Files refused</translation>
        </message>
        <message>
            <source>These files were refused; nothing of them was merged:</source>
            <translation>These files were refused; nothing of them was merged:</translation>
        </message>
    </context>
    <context>
        <name>GroupDialog</name>
        <message>
            <source>New group</source>
            <translation>New group</translation>
        </message>
        <message>
            <source>Edit group: %1</source>
            <translation>Edit group: %1</translation>
        </message>
        <message>
            <source>&amp;Type:</source>
            <translation>&amp;Type:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Office:</source>
            <translation>&amp;Office:</translation>
        </message>
        <message>
            <source>&amp;Facilitator:</source>
            <translation>&amp;Facilitator:</translation>
        </message>
        <message>
            <source>&amp;Start date:</source>
            <translation>&amp;Start date:</translation>
        </message>
        <message>
            <source>&amp;End date:</source>
            <translation>&amp;End date:</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>&amp;Description:</translation>
        </message>
    </context>
    <context>
        <name>GroupTableModel</name>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>Office</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>Facilitator</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>End</source>
            <translation>End</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Members</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sessions</translation>
        </message>
    </context>
    <context>
        <name>GroupsView</name>
        <message>
            <source>All types</source>
            <translation>All types</translation>
        </message>
        <message>
            <source>&amp;New group…</source>
            <translation>&amp;New group…</translation>
        </message>
        <message>
            <source>New group (Ctrl+N)</source>
            <translation>New group (Ctrl+N)</translation>
        </message>
        <message>
            <source>&amp;Type:</source>
            <translation>&amp;Type:</translation>
        </message>
        <message>
            <source>&amp;Edit group…</source>
            <translation>&amp;Edit group…</translation>
        </message>
        <message>
            <source>&amp;Delete group</source>
            <translation>&amp;Delete group</translation>
        </message>
        <message>
            <source>Print &amp;roster…</source>
            <translation>Print &amp;roster…</translation>
        </message>
        <message>
            <source>&amp;Add members…</source>
            <translation>&amp;Add members…</translation>
        </message>
        <message>
            <source>Re&amp;move from group</source>
            <translation>Re&amp;move from group</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Members</translation>
        </message>
        <message>
            <source>New &amp;session…</source>
            <translation>New &amp;session…</translation>
        </message>
        <message>
            <source>Ed&amp;it session…</source>
            <translation>Ed&amp;it session…</translation>
        </message>
        <message>
            <source>Delete sessio&amp;n</source>
            <translation>Delete sessio&amp;n</translation>
        </message>
        <message>
            <source>A&amp;ttendance…</source>
            <translation>A&amp;ttendance…</translation>
        </message>
        <message>
            <source>&amp;Print attendance sheet…</source>
            <translation>&amp;Print attendance sheet…</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sessions</translation>
        </message>
        <message>
            <source>No group chosen. Create one with New group.</source>
            <translation>No group chosen. Create one with New group.</translation>
        </message>
        <message>
            <source>Facilitator: %1</source>
            <translation>Facilitator: %1</translation>
        </message>
        <message>
            <source>Members (%1)</source>
            <translation>Members (%1)</translation>
        </message>
        <message>
            <source>Sessions (%1)</source>
            <translation>Sessions (%1)</translation>
        </message>
        <message numerus="yes">
            <source>%n member(s) outside the Children's Assembly ages %1-%2.</source>
            <translation>
                <numerusform>%n member outside the Children's Assembly ages %1-%2.</numerusform>
                <numerusform>%n members outside the Children's Assembly ages %1-%2.</numerusform>
            </translation>
        </message>
        <message>
            <source>Printing is not available in this installation.</source>
            <translation>Printing is not available in this installation.</translation>
        </message>
        <message>
            <source>Delete group</source>
            <translation>Delete group</translation>
        </message>
        <message numerus="yes">
            <source>Delete the group “%1” and its %n session(s)? Attendance recorded at them will no longer count in the statistics.</source>
            <translation>
                <numerusform>Delete the group “%1” and its %n session? Attendance recorded at it will no longer count in the statistics.</numerusform>
                <numerusform>Delete the group “%1” and its %n sessions? Attendance recorded at them will no longer count in the statistics.</numerusform>
            </translation>
        </message>
        <message>
            <source>Add members to %1</source>
            <translation>Add members to %1</translation>
        </message>
        <message>
            <source>Add to group</source>
            <translation>Add to group</translation>
        </message>
        <message>
            <source>Remove from group</source>
            <translation>Remove from group</translation>
        </message>
        <message>
            <source>Remove %1 from “%2”? Attendance already recorded stays.</source>
            <translation>Remove %1 from “%2”? Attendance already recorded stays.</translation>
        </message>
        <message>
            <source>Delete session</source>
            <translation>Delete session</translation>
        </message>
        <message>
            <source>Delete the session of %1 (%2 present)? Its attendance will no longer count in the statistics.</source>
            <translation>Delete the session of %1 (%2 present)? Its attendance will no longer count in the statistics.</translation>
        </message>
    </context>
    <context>
        <name>HistoryPanel</name>
        <message>
            <source>&amp;Accept a new key…</source>
            <translation>&amp;Accept a new key…</translation>
        </message>
        <message>
            <source>Files merged here, per office</source>
            <translation>Files merged here, per office</translation>
        </message>
        <message>
            <source>Offices' signing keys trusted here</source>
            <translation>Offices' signing keys trusted here</translation>
        </message>
        <message>
            <source>Accept a new key</source>
            <translation>Accept a new key</translation>
        </message>
        <message>
            <source>Forget the key %1 trusted for office %2?

The next data file from office %2 will be asked about as if it were the first one, and its key trusted if you confirm it. Do this only when that office's computer was replaced or reinstalled: a file signed by another key may come from someone else.</source>
            <translation>Forget the key %1 trusted for office %2?

The next data file from office %2 will be asked about as if it were the first one, and its key trusted if you confirm it. Do this only when that office's computer was replaced or reinstalled: a file signed by another key may come from someone else.</translation>
        </message>
    </context>
    <context>
        <name>HqKeysBox</name>
        <message>
            <source>Headquarters public key</source>
            <translation>Headquarters public key</translation>
        </message>
        <message>
            <source>Data files are encrypted so that only headquarters can read them. Paste the one-line key headquarters gave you (it starts with age1) or choose its file (hq.pub). Check the fingerprint with headquarters.</source>
            <translation>Data files are encrypted so that only headquarters can read them. Paste the one-line key headquarters gave you (it starts with age1) or choose its file (hq.pub). Check the fingerprint with headquarters.</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Add</translation>
        </message>
        <message>
            <source>From &amp;file…</source>
            <translation>From &amp;file…</translation>
        </message>
        <message>
            <source>No headquarters key yet: data files cannot be exported.</source>
            <translation>No headquarters key yet: data files cannot be exported.</translation>
        </message>
        <message>
            <source>&amp;Remove key</source>
            <translation>&amp;Remove key</translation>
        </message>
        <message>
            <source>Public keys (*.pub);;All files (*)</source>
            <translation>Public keys (*.pub);;All files (*)</translation>
        </message>
    </context>
    <context>
        <name>HqKeysDialog</name>
        <message>
            <source>Headquarters public key</source>
            <translation>Headquarters public key</translation>
        </message>
    </context>
    <context>
        <name>IdleLockBox</name>
        <message>
            <source>Security</source>
            <translation>Security</translation>
        </message>
        <message>
            <source>never</source>
            <translation>never</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>With nobody using it for this long, TTK Desktop hides its windows and asks the password again; what was typed is kept.</source>
            <translation>With nobody using it for this long, TTK Desktop hides its windows and asks the password again; what was typed is kept.</translation>
        </message>
        <message>
            <source>Lock after</source>
            <translation>Lock after</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>The import was cancelled; nothing was written.</source>
            <translation>The import was cancelled; nothing was written.</translation>
        </message>
        <message>
            <source>the Groups sheet</source>
            <translation>the Groups sheet</translation>
        </message>
        <message>
            <source>the Sessions sheet</source>
            <translation>the Sessions sheet</translation>
        </message>
        <message>
            <source>the Participants sheet</source>
            <translation>the Participants sheet</translation>
        </message>
        <message>
            <source>group</source>
            <translation>group</translation>
        </message>
        <message>
            <source>session</source>
            <translation>session</translation>
        </message>
        <message>
            <source>participant</source>
            <translation>participant</translation>
        </message>
        <message>
            <source>A value is required here.</source>
            <translation>A value is required here.</translation>
        </message>
        <message>
            <source>The office is empty and this database has no office yet. Set the office up first (ttk setup) or fill in the office column.</source>
            <translation>The office is empty and this database has no office yet. Set the office up first (ttk setup) or fill in the office column.</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>Groups</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sessions</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <source>No sheet of this workbook is a register sheet. Name the sheets Participants, Groups, Sessions and Attendance (or Katılımcılar, Gruplar, Oturumlar, Katılım), as in the template. Sheets found: {names}.</source>
            <translation>No sheet of this workbook is a register sheet. Name the sheets Participants, Groups, Sessions and Attendance (or Katılımcılar, Gruplar, Oturumlar, Katılım), as in the template. Sheets found: {names}.</translation>
        </message>
        <message>
            <source>The {what} "{id}" was deleted. Restore it, or add it to {where} to import it again.</source>
            <translation>The {what} "{id}" was deleted. Restore it, or add it to {where} to import it again.</translation>
        </message>
        <message>
            <source>Several offices ({offices}) have a {what} with the id "{id}"; it is not clear which one is meant.</source>
            <translation>Several offices ({offices}) have a {what} with the id "{id}"; it is not clear which one is meant.</translation>
        </message>
        <message>
            <source>There is no {what} with the id "{id}", neither on {where} nor in the database.</source>
            <translation>There is no {what} with the id "{id}", neither on {where} nor in the database.</translation>
        </message>
        <message>
            <source>The id "{id}" appears twice in the file (first on row {row}). Each record needs its own id.</source>
            <translation>The id "{id}" appears twice in the file (first on row {row}). Each record needs its own id.</translation>
        </message>
        <message>
            <source>The required column "{name}" is missing. Add a column headed "{name}".</source>
            <translation>The required column "{name}" is missing. Add a column headed "{name}".</translation>
        </message>
        <message>
            <source>Unknown disability status "{value}". Write yes or no (Evet/Hayır, Var/Yok).</source>
            <translation>Unknown disability status "{value}". Write yes or no (Evet/Hayır, Var/Yok).</translation>
        </message>
        <message>
            <source>"{value}" is not a time; write it as HH:MM.</source>
            <translation>"{value}" is not a time; write it as HH:MM.</translation>
        </message>
        <message>
            <source>The columns {columns} hold the same data. Keep one of them and import again.</source>
            <translation>The columns {columns} hold the same data. Keep one of them and import again.</translation>
        </message>
        <message>
            <source>The required column "{name}" is missing. Add a column headed "{name}" (or "{local}").</source>
            <translation>The required column "{name}" is missing. Add a column headed "{name}" (or "{local}").</translation>
        </message>
        <message>
            <source>row {row}</source>
            <translation>row {row}</translation>
        </message>
        <message>
            <source>sheet '{sheet}', row {row}</source>
            <translation>sheet '{sheet}', row {row}</translation>
        </message>
        <message>
            <source>The id "{id}" appears twice in the file (first on {where}). Each record needs its own id.</source>
            <translation>The id "{id}" appears twice in the file (first on {where}). Each record needs its own id.</translation>
        </message>
        <message>
            <source>{name} is not an .xlsx workbook (.xls, .xlsb and .ods files are not read). Open it in Excel or LibreOffice, save it as Excel Workbook (.xlsx) and import that file.</source>
            <translation>{name} is not an .xlsx workbook (.xls, .xlsb and .ods files are not read). Open it in Excel or LibreOffice, save it as Excel Workbook (.xlsx) and import that file.</translation>
        </message>
        <message>
            <source>A cell holds more than {max} characters, more than Excel allows in a cell. Shorten it, save the file and import it again.</source>
            <translation>A cell holds more than {max} characters, more than Excel allows in a cell. Shorten it, save the file and import it again.</translation>
        </message>
        <message>
            <source>The workbook holds more than {max} different texts, more than any register. Copy only the register sheets into a new workbook, save it and import that file.</source>
            <translation>The workbook holds more than {max} different texts, more than any register. Copy only the register sheets into a new workbook, save it and import that file.</translation>
        </message>
        <message>
            <source>A cell in row {row} holds more than {max} characters, more than Excel allows in a cell. Shorten it, save the file and import it again.</source>
            <translation>A cell in row {row} holds more than {max} characters, more than Excel allows in a cell. Shorten it, save the file and import it again.</translation>
        </message>
        <message>
            <source>The register has more than {max} rows with data; at most {max} can be imported at once. Split it into files of at most {max} rows and import them one after the other.</source>
            <translation>The register has more than {max} rows with data; at most {max} can be imported at once. Split it into files of at most {max} rows and import them one after the other.</translation>
        </message>
        <message>
            <source>The sheet has a cell at {cell}, far from the rest of the data: reading it would take a table of {rows} rows by {columns} columns. Delete the stray cells (or the empty rows and columns after the data), save the file and import it again.</source>
            <translation>The sheet has a cell at {cell}, far from the rest of the data: reading it would take a table of {rows} rows by {columns} columns. Delete the stray cells (or the empty rows and columns after the data), save the file and import it again.</translation>
        </message>
        <message>
            <source>The sheet's cells hold more than {max} MB of text (a text repeated in many cells counts every time). Shorten the long texts, save the file and import it again.</source>
            <translation>The sheet's cells hold more than {max} MB of text (a text repeated in many cells counts every time). Shorten the long texts, save the file and import it again.</translation>
        </message>
        <message>
            <source>{name} unpacks to more than {max} MB, far more than a register needs. Copy only the register sheets into a new workbook, save it and import that file.</source>
            <translation>{name} unpacks to more than {max} MB, far more than a register needs. Copy only the register sheets into a new workbook, save it and import that file.</translation>
        </message>
        <message>
            <source>{name} is packed {ratio} times tighter than workbooks are, as files built to exhaust memory are. Open it in Excel, save it again and import that file.</source>
            <translation>{name} is packed {ratio} times tighter than workbooks are, as files built to exhaust memory are. Open it in Excel, save it again and import that file.</translation>
        </message>
        <message>
            <source>The sheet has {cells} filled cells; at most {max} can be read at once. Split it into smaller files and import them one after the other.</source>
            <translation>The sheet has {cells} filled cells; at most {max} can be read at once. Split it into smaller files and import them one after the other.</translation>
        </message>
        <message>
            <source>The participant "{participant}" was born in {year}, after the session "{session}" of {day}, so cannot have attended it. Correct the birth year or the session date, or delete this row.</source>
            <translation>The participant "{participant}" was born in {year}, after the session "{session}" of {day}, so cannot have attended it. Correct the birth year or the session date, or delete this row.</translation>
        </message>
        <message>
            <source>The participant "{participant}" was born on {birth}, after the session "{session}" of {day}, so cannot have attended it. Correct the birth date or the session date, or delete this row.</source>
            <translation>The participant "{participant}" was born on {birth}, after the session "{session}" of {day}, so cannot have attended it. Correct the birth date or the session date, or delete this row.</translation>
        </message>
        <message>
            <source>The text is {n} characters long; at most {max} fit.</source>
            <translation>The text is {n} characters long; at most {max} fit.</translation>
        </message>
        <message>
            <source>An id can be at most {max} characters long.</source>
            <translation>An id can be at most {max} characters long.</translation>
        </message>
        <message>
            <source>The office code "{code}" should be 2-32 letters, digits, - or _.</source>
            <translation>The office code "{code}" should be 2-32 letters, digits, - or _.</translation>
        </message>
        <message>
            <source>{name} is not an Excel workbook, or it is damaged or incomplete (for example cut short while copying). Open it in Excel, save it again as .xlsx and import that file.</source>
            <translation>{name} is not an Excel workbook, or it is damaged or incomplete (for example cut short while copying). Open it in Excel, save it again as .xlsx and import that file.</translation>
        </message>
        <message>
            <source>The file {path} does not exist.</source>
            <translation>The file {path} does not exist.</translation>
        </message>
        <message>
            <source>{path} is a folder, not a workbook.</source>
            <translation>{path} is a folder, not a workbook.</translation>
        </message>
        <message>
            <source>The file {name} cannot be read: {reason}.</source>
            <translation>The file {name} cannot be read: {reason}.</translation>
        </message>
        <message>
            <source>{label}: {added} added, {updated} updated, {unchanged} unchanged</source>
            <translation>{label}: {added} added, {updated} updated, {unchanged} unchanged</translation>
        </message>
        <message>
            <source>New offices created: {codes}</source>
            <translation>New offices created: {codes}</translation>
        </message>
        <message>
            <source>Group memberships added from attendance: {n}</source>
            <translation>Group memberships added from attendance: {n}</translation>
        </message>
        <message>
            <source>The sheet is written in an unusual way (cells without positions) and is too big to check. Open the file in Excel, save it again and import that file.</source>
            <translation>The sheet is written in an unusual way (cells without positions) and is too big to check. Open the file in Excel, save it again and import that file.</translation>
        </message>
        <message>
            <source>The workbook is damaged: its parts do not match the zip's table of contents. Open it in Excel, save it again as .xlsx and import that file.</source>
            <translation>The workbook is damaged: its parts do not match the zip's table of contents. Open it in Excel, save it again as .xlsx and import that file.</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import Excel</source>
            <translation>Import Excel</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel workbooks (*.xlsx)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>An import is already running. Wait for it to finish.</source>
            <translation>An import is already running. Wait for it to finish.</translation>
        </message>
        <message>
            <source>Cancelling… nothing will be changed.</source>
            <translation>Cancelling… nothing will be changed.</translation>
        </message>
        <message>
            <source>Importing %1… The file is checked first; nothing is written until all of it is correct.</source>
            <translation>Importing %1… The file is checked first; nothing is written until all of it is correct.</translation>
        </message>
        <message>
            <source>%1 was imported.</source>
            <translation>%1 was imported.</translation>
        </message>
        <message>
            <source>%1 was imported: everything in it was already in the database.</source>
            <translation>%1 was imported: everything in it was already in the database.</translation>
        </message>
        <message>
            <source>The import of %1 was cancelled; nothing was changed.</source>
            <translation>The import of %1 was cancelled; nothing was changed.</translation>
        </message>
    </context>
    <context>
        <name>ImportIssue</name>
        <message>
            <source>{file}: {message}</source>
            <translation>{file}: {message}</translation>
        </message>
        <message>
            <source>{file}, sheet '{sheet}': {message}</source>
            <translation>{file}, sheet '{sheet}': {message}</translation>
        </message>
        <message>
            <source>{file}, row {row}: {message}</source>
            <translation>{file}, row {row}: {message}</translation>
        </message>
        <message>
            <source>{file}, column '{column}': {message}</source>
            <translation>{file}, column '{column}': {message}</translation>
        </message>
        <message>
            <source>{file}, sheet '{sheet}', row {row}: {message}</source>
            <translation>{file}, sheet '{sheet}', row {row}: {message}</translation>
        </message>
        <message>
            <source>{file}, sheet '{sheet}', column '{column}': {message}</source>
            <translation>{file}, sheet '{sheet}', column '{column}': {message}</translation>
        </message>
        <message>
            <source>{file}, row {row}, column '{column}': {message}</source>
            <translation>{file}, row {row}, column '{column}': {message}</translation>
        </message>
        <message>
            <source>{file}, sheet '{sheet}', row {row}, column '{column}': {message}</source>
            <translation>{file}, sheet '{sheet}', row {row}, column '{column}': {message}</translation>
        </message>
        <message>
            <source>{file}: {n} more problems</source>
            <translation>{file}: {n} more problems</translation>
        </message>
        <message>
            <source>{file}, sheet '{sheet}': {n} more problems</source>
            <translation>{file}, sheet '{sheet}': {n} more problems</translation>
        </message>
        <message>
            <source>{file}, column '{column}': {n} more problems</source>
            <translation>{file}, column '{column}': {n} more problems</translation>
        </message>
        <message>
            <source>{file}, sheet '{sheet}', column '{column}': {n} more problems</source>
            <translation>{file}, sheet '{sheet}', column '{column}': {n} more problems</translation>
        </message>
        <message>
            <source>{file}: {n} more problems of other kinds</source>
            <translation>{file}: {n} more problems of other kinds</translation>
        </message>
    </context>
    <context>
        <name>ImportIssueTableModel</name>
        <message>
            <source>Sheet</source>
            <translation>Sheet</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Row</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Column</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
    </context>
    <context>
        <name>ImportIssuesDialog</name>
        <message>
            <source>Import refused: %1</source>
            <translation>Import refused: %1</translation>
        </message>
        <message>
            <source>%1 was not imported because of the problems below; nothing was changed. Correct them in Excel and import the file again.</source>
            <translation>%1 was not imported because of the problems below; nothing was changed. Correct them in Excel and import the file again.</translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s).</source>
            <translation>
                <numerusform>%n problem.</numerusform>
                <numerusform>%n problems.</numerusform>
            </translation>
        </message>
        <message>
            <source>The first %1 are listed; the others are counted here:</source>
            <translation>The first %1 are listed; the others are counted here:</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copy</translation>
        </message>
        <message>
            <source>Copy the selected problems (or all of them) to paste into Excel</source>
            <translation>Copy the selected problems (or all of them) to paste into Excel</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>TTK Desktop is locked</source>
            <translation>TTK Desktop is locked</translation>
        </message>
        <message>
            <source>TTK Desktop was locked because nobody used it for a while. Enter the password of %1 to continue where you left off.</source>
            <translation>TTK Desktop was locked because nobody used it for a while. Enter the password of %1 to continue where you left off.</translation>
        </message>
        <message>
            <source>Quit TTK Desktop</source>
            <translation>Quit TTK Desktop</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Unlock</translation>
        </message>
        <message>
            <source>TTK Desktop: log in</source>
            <translation>TTK Desktop: log in</translation>
        </message>
        <message>
            <source>This database is protected. Log in with your account.</source>
            <translation>This database is protected. Log in with your account.</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quit</translation>
        </message>
        <message>
            <source>Log in</source>
            <translation>Log in</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>Enter the account name and the password.</source>
            <translation>Enter the account name and the password.</translation>
        </message>
        <message>
            <source>Checking the password…</source>
            <translation>Checking the password…</translation>
        </message>
        <message>
            <source>The password is wrong.</source>
            <translation>The password is wrong.</translation>
        </message>
        <message>
            <source>%1 (%2 s)</source>
            <translation>%1 (%2 s)</translation>
        </message>
        <message numerus="yes">
            <source>You can try again in %n second(s).</source>
            <translation>
                <numerusform>You can try again in %n second.</numerusform>
                <numerusform>You can try again in %n seconds.</numerusform>
            </translation>
        </message>
        <message>
            <source>Quit TTK Desktop? What was typed in open windows and not saved is lost. To log in with another account, quit and start TTK Desktop again.</source>
            <translation>Quit TTK Desktop? What was typed in open windows and not saved is lost. To log in with another account, quit and start TTK Desktop again.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Opening the database…</source>
            <translation>Opening the database…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;New participant…</source>
            <translation>&amp;New participant…</translation>
        </message>
        <message>
            <source>&amp;Import Excel…</source>
            <translation>&amp;Import Excel…</translation>
        </message>
        <message>
            <source>&amp;Data exchange: export or merge…</source>
            <translation>&amp;Data exchange: export or merge…</translation>
        </message>
        <message>
            <source>&amp;Backups…</source>
            <translation>&amp;Backups…</translation>
        </message>
        <message>
            <source>&amp;Print</source>
            <translation>&amp;Print</translation>
        </message>
        <message>
            <source>Blank &amp;registration form…</source>
            <translation>Blank &amp;registration form…</translation>
        </message>
        <message>
            <source>This &amp;week's attendance sheets…</source>
            <translation>This &amp;week's attendance sheets…</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Settings…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <source>&amp;Edit participant…</source>
            <translation>&amp;Edit participant…</translation>
        </message>
        <message>
            <source>&amp;Delete participant…</source>
            <translation>&amp;Delete participant…</translation>
        </message>
        <message>
            <source>&amp;Find participant</source>
            <translation>&amp;Find participant</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Refresh</translation>
        </message>
        <message>
            <source>&amp;Participants</source>
            <translation>&amp;Participants</translation>
        </message>
        <message>
            <source>&amp;Groups</source>
            <translation>&amp;Groups</translation>
        </message>
        <message>
            <source>&amp;Statistics</source>
            <translation>&amp;Statistics</translation>
        </message>
        <message>
            <source>&amp;Data exchange</source>
            <translation>&amp;Data exchange</translation>
        </message>
        <message>
            <source>D&amp;uplicates</source>
            <translation>D&amp;uplicates</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;User guide</source>
            <translation>&amp;User guide</translation>
        </message>
        <message>
            <source>&amp;Self-test</source>
            <translation>&amp;Self-test</translation>
        </message>
        <message>
            <source>&amp;About TTK Desktop</source>
            <translation>&amp;About TTK Desktop</translation>
        </message>
        <message>
            <source>The database could not be opened.</source>
            <translation>The database could not be opened.</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>Groups</translation>
        </message>
        <message>
            <source>Statistics</source>
            <translation>Statistics</translation>
        </message>
        <message>
            <source>Data exchange</source>
            <translation>Data exchange</translation>
        </message>
        <message>
            <source>Duplicates</source>
            <translation>Duplicates</translation>
        </message>
        <message>
            <source>Office: %1 | Database: %2</source>
            <translation>Office: %1 | Database: %2</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <source>This screen is not available yet.</source>
            <translation>This screen is not available yet.</translation>
        </message>
        <message>
            <source>This feature is not available in this version yet.</source>
            <translation>This feature is not available in this version yet.</translation>
        </message>
        <message>
            <source>The user guide is not installed.</source>
            <translation>The user guide is not installed.</translation>
        </message>
    </context>
    <context>
        <name>MemberTableModel</name>
        <message>
            <source>Last name</source>
            <translation>Last name</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>First name</translation>
        </message>
        <message>
            <source>Name (Arabic)</source>
            <translation>Name (Arabic)</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Gender</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Age</translation>
        </message>
        <message>
            <source>Register no.</source>
            <translation>Register no.</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Outside ages %1-%2</source>
            <translation>Outside ages %1-%2</translation>
        </message>
    </context>
    <context>
        <name>MergeHistoryTableModel</name>
        <message>
            <source>Office</source>
            <translation>Office</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Exported</source>
            <translation>Exported</translation>
        </message>
        <message>
            <source>Newest change</source>
            <translation>Newest change</translation>
        </message>
        <message>
            <source>Merged</source>
            <translation>Merged</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Added</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Updated</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Deleted</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Conflicts</translation>
        </message>
    </context>
    <context>
        <name>MergeReportTableModel</name>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>Office</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Added</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Updated</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Deleted</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Conflicts</translation>
        </message>
    </context>
    <context>
        <name>MergeRun</name>
        <message>
            <source>Headquarters private key</source>
            <translation>Headquarters private key</translation>
        </message>
        <message>
            <source>Private keys (*.key);;All files (*)</source>
            <translation>Private keys (*.key);;All files (*)</translation>
        </message>
        <message>
            <source>Passphrase of the private key %1:</source>
            <translation>Passphrase of the private key %1:</translation>
        </message>
        <message>
            <source>A new office key</source>
            <translation>A new office key</translation>
        </message>
        <message>
            <source>Office %1 sends a data file here for the first time (%2).

Its signing key has the fingerprint:
%3

Compare it with the fingerprint shown on that office's Data exchange page, by telephone for example. Trust this key and merge its files?</source>
            <translation>Office %1 sends a data file here for the first time (%2).

Its signing key has the fingerprint:
%3

Compare it with the fingerprint shown on that office's Data exchange page, by telephone for example. Trust this key and merge its files?</translation>
        </message>
        <message>
            <source>Cancelled before this file: nothing of it was merged.</source>
            <translation>Cancelled before this file: nothing of it was merged.</translation>
        </message>
    </context>
    <context>
        <name>Normalize</name>
        <message>
            <source>"{value}" is not a date. Write it as day.month.year, e.g. 31.12.1985.</source>
            <translation>"{value}" is not a date. Write it as day.month.year, e.g. 31.12.1985.</translation>
        </message>
        <message>
            <source>Only one column may hold {field}, but {columns} do. Keep one of them and import again.</source>
            <translation>Only one column may hold {field}, but {columns} do. Keep one of them and import again.</translation>
        </message>
        <message>
            <source>Unknown nationality "{value}". Use a country name in Turkish, English or Arabic, a country code such as SY or SYR, "stateless" or "unknown".</source>
            <translation>Unknown nationality "{value}". Use a country name in Turkish, English or Arabic, a country code such as SY or SYR, "stateless" or "unknown".</translation>
        </message>
        <message>
            <source>The date is empty.</source>
            <translation>The date is empty.</translation>
        </message>
        <message>
            <source>{value} is only a year. Write the full date as day.month.year, e.g. 31.12.{value}.</source>
            <translation>{value} is only a year. Write the full date as day.month.year, e.g. 31.12.{value}.</translation>
        </message>
        <message>
            <source>Unknown group type "{value}". Use one of: {choices}.</source>
            <translation>Unknown group type "{value}". Use one of: {choices}.</translation>
        </message>
        <message>
            <source>Phone number "{value}" may only contain digits, spaces, +, - and parentheses.</source>
            <translation>Phone number "{value}" may only contain digits, spaces, +, - and parentheses.</translation>
        </message>
        <message>
            <source>Phone number "{value}" has {count} digits; a phone number has 7 to 15 digits.</source>
            <translation>Phone number "{value}" has {count} digits; a phone number has 7 to 15 digits.</translation>
        </message>
        <message>
            <source>Unknown gender "{value}". Use female, male, other or not stated (Kadın/Erkek, K/E, F/M).</source>
            <translation>Unknown gender "{value}". Use female, male, other or not stated (Kadın/Erkek, K/E, F/M).</translation>
        </message>
        <message>
            <source>"{value}" has a two-digit year. Write the year with all four digits (e.g. 1985, not 85).</source>
            <translation>"{value}" has a two-digit year. Write the year with all four digits (e.g. 1985, not 85).</translation>
        </message>
        <message>
            <source>{value} is not a date (day, month or year out of range).</source>
            <translation>{value} is not a date (day, month or year out of range).</translation>
        </message>
    </context>
    <context>
        <name>ParticipantDialog</name>
        <message>
            <source>New participant</source>
            <translation>New participant</translation>
        </message>
        <message>
            <source>Edit participant: %1</source>
            <translation>Edit participant: %1</translation>
        </message>
        <message>
            <source>in Arabic letters</source>
            <translation>in Arabic letters</translation>
        </message>
        <message>
            <source>First name *</source>
            <translation>First name *</translation>
        </message>
        <message>
            <source>Last name *</source>
            <translation>Last name *</translation>
        </message>
        <message>
            <source>First name (Arabic)</source>
            <translation>First name (Arabic)</translation>
        </message>
        <message>
            <source>Last name (Arabic)</source>
            <translation>Last name (Arabic)</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Gender</translation>
        </message>
        <message>
            <source>dd.mm.yyyy</source>
            <translation>dd.mm.yyyy</translation>
        </message>
        <message>
            <source>Year only (estimated)</source>
            <translation>Year only (estimated)</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>Birth date</translation>
        </message>
        <message>
            <source>Nationality</source>
            <translation>Nationality</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Register number</source>
            <translation>Register number</translation>
        </message>
        <message>
            <source>Not asked</source>
            <translation>Not asked</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Disability</source>
            <translation>Disability</translation>
        </message>
        <message>
            <source>Consent given</source>
            <translation>Consent given</translation>
        </message>
        <message>
            <source>Consent *</source>
            <translation>Consent *</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Fields marked * are required.</source>
            <translation>Fields marked * are required.</translation>
        </message>
        <message>
            <source>Read this to the person: “The association records your name, contact details and participation in its activities to organise them and to report anonymous statistics. Your data is not shared with anyone else. You can ask to see, correct or delete it at any time.” Tick the box only if the person agrees.</source>
            <translation>Read this to the person: “The association records your name, contact details and participation in its activities to organise them and to report anonymous statistics. Your data is not shared with anyone else. You can ask to see, correct or delete it at any time.” Tick the box only if the person agrees.</translation>
        </message>
        <message>
            <source>yyyy</source>
            <translation>yyyy</translation>
        </message>
        <message>
            <source>Read the consent statement to the person and tick the box when they agree. A new person cannot be registered without consent.</source>
            <translation>Read the consent statement to the person and tick the box when they agree. A new person cannot be registered without consent.</translation>
        </message>
    </context>
    <context>
        <name>ParticipantPickModel</name>
        <message>
            <source>Last name</source>
            <translation>Last name</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>First name</translation>
        </message>
        <message>
            <source>Name (Arabic)</source>
            <translation>Name (Arabic)</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Gender</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>Birth date</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Age</translation>
        </message>
        <message>
            <source>Register no.</source>
            <translation>Register no.</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Already on the list</source>
            <translation>Already on the list</translation>
        </message>
    </context>
    <context>
        <name>ParticipantPickerDialog</name>
        <message>
            <source>Choose participants</source>
            <translation>Choose participants</translation>
        </message>
        <message>
            <source>Type a name, phone or register number</source>
            <translation>Type a name, phone or register number</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Nobody found. Check the spelling or register them.</source>
            <translation>Nobody found. Check the spelling or register them.</translation>
        </message>
        <message>
            <source>Showing the first %1 matches; type more to narrow down.</source>
            <translation>Showing the first %1 matches; type more to narrow down.</translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) found.</source>
            <translation>
                <numerusform>%n person found.</numerusform>
                <numerusform>%n people found.</numerusform>
            </translation>
        </message>
        <message>
            <source>The Children's Assembly is for ages %1-%2: %3</source>
            <translation>The Children's Assembly is for ages %1-%2: %3</translation>
        </message>
    </context>
    <context>
        <name>ParticipantTableModel</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Name (Arabic)</source>
            <translation>Name (Arabic)</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Gender</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>Birth date</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Age</translation>
        </message>
        <message>
            <source>Nationality</source>
            <translation>Nationality</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Register no.</source>
            <translation>Register no.</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>Office</translation>
        </message>
        <message>
            <source>(erased on request)</source>
            <translation>(erased on request)</translation>
        </message>
        <message>
            <source>Estimated: only the year is known</source>
            <translation>Estimated: only the year is known</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsView</name>
        <message>
            <source>Search by name, phone or register number…</source>
            <translation>Search by name, phone or register number…</translation>
        </message>
        <message>
            <source>All genders</source>
            <translation>All genders</translation>
        </message>
        <message>
            <source>All nationalities</source>
            <translation>All nationalities</translation>
        </message>
        <message>
            <source>Other nationalities</source>
            <translation>Other nationalities</translation>
        </message>
        <message>
            <source>All ages</source>
            <translation>All ages</translation>
        </message>
        <message>
            <source>Age %1</source>
            <translation>Age %1</translation>
        </message>
        <message>
            <source>All offices</source>
            <translation>All offices</translation>
        </message>
        <message>
            <source>New participant</source>
            <translation>New participant</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Edit</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Delete participant…</source>
            <translation>Delete participant…</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Counting…</translation>
        </message>
        <message numerus="yes">
            <source>%Ln participant(s)</source>
            <translation>
                <numerusform>%Ln participant</numerusform>
                <numerusform>%Ln participants</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>sorted: the %Ln loaded row(s) only</source>
            <translation>
                <numerusform>sorted: the %Ln loaded row only</numerusform>
                <numerusform>sorted: the %Ln loaded rows only</numerusform>
            </translation>
        </message>
        <message>
            <source>Register %1</source>
            <translation>Register %1</translation>
        </message>
        <message>
            <source>Edit %1</source>
            <translation>Edit %1</translation>
        </message>
        <message>
            <source>Delete participant</source>
            <translation>Delete participant</translation>
        </message>
        <message>
            <source>Delete %1? Their attendance will no longer be counted. You can undo this with Ctrl+Z until you close TTK Desktop.</source>
            <translation>Delete %1? Their attendance will no longer be counted. You can undo this with Ctrl+Z until you close TTK Desktop.</translation>
        </message>
        <message>
            <source>Delete %1</source>
            <translation>Delete %1</translation>
        </message>
    </context>
    <context>
        <name>PersonalDataWarning</name>
        <message>
            <source>Personal data</source>
            <translation>Personal data</translation>
        </message>
        <message>
            <source>%1 will be saved to %2.

The file will contain personal data of refugees: names, phone numbers and birth dates. Anyone who gets the file can read them. Store it only where unauthorised people cannot reach it, do not send it by e-mail or messaging apps, and delete it when it is no longer needed.

Save the file?</source>
            <translation>%1 will be saved to %2.

The file will contain personal data of refugees: names, phone numbers and birth dates. Anyone who gets the file can read them. Store it only where unauthorised people cannot reach it, do not send it by e-mail or messaging apps, and delete it when it is no longer needed.

Save the file?</translation>
        </message>
    </context>
    <context>
        <name>PinnedKeyTableModel</name>
        <message>
            <source>Office</source>
            <translation>Office</translation>
        </message>
        <message>
            <source>Key fingerprint</source>
            <translation>Key fingerprint</translation>
        </message>
        <message>
            <source>Trusted since</source>
            <translation>Trusted since</translation>
        </message>
    </context>
    <context>
        <name>PrintJob</name>
        <message>
            <source>Save as PDF…</source>
            <translation>Save as PDF…</translation>
        </message>
        <message>
            <source>Save these pages as a PDF file</source>
            <translation>Save these pages as a PDF file</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Save as PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <source>The pages</source>
            <translation>The pages</translation>
        </message>
    </context>
    <context>
        <name>PrintOptionsDialog</name>
        <message>
            <source>Print attendance sheet</source>
            <translation>Print attendance sheet</translation>
        </message>
        <message>
            <source>Print group roster</source>
            <translation>Print group roster</translation>
        </message>
        <message>
            <source>Print registration form</source>
            <translation>Print registration form</translation>
        </message>
        <message>
            <source>Print the week's attendance sheets</source>
            <translation>Print the week's attendance sheets</translation>
        </message>
        <message>
            <source>Any day of the week whose sessions to print</source>
            <translation>Any day of the week whose sessions to print</translation>
        </message>
        <message>
            <source>Week of:</source>
            <translation>Week of:</translation>
        </message>
        <message>
            <source>Phone numbers</source>
            <translation>Phone numbers</translation>
        </message>
        <message>
            <source>Birth dates</source>
            <translation>Birth dates</translation>
        </message>
        <message>
            <source>Nationalities</source>
            <translation>Nationalities</translation>
        </message>
        <message>
            <source>Only for this print; off protects people's data</source>
            <translation>Only for this print; off protects people's data</translation>
        </message>
        <message>
            <source>Also show:</source>
            <translation>Also show:</translation>
        </message>
        <message>
            <source>Leave all rows empty</source>
            <translation>Leave all rows empty</translation>
        </message>
        <message>
            <source>Empty rows for walk-ins:</source>
            <translation>Empty rows for walk-ins:</translation>
        </message>
        <message>
            <source>Paper:</source>
            <translation>Paper:</translation>
        </message>
        <message>
            <source>Printed languages:</source>
            <translation>Printed languages:</translation>
        </message>
        <message>
            <source>Preview…</source>
            <translation>Preview…</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <source>There is nothing to print.</source>
            <translation>There is nothing to print.</translation>
        </message>
        <message>
            <source>The printer cannot be used. Check that it is switched on and connected, then try again.</source>
            <translation>The printer cannot be used. Check that it is switched on and connected, then try again.</translation>
        </message>
        <message>
            <source>There are no sessions from {start} to {end}: nothing to print.</source>
            <translation>There are no sessions from {start} to {end}: nothing to print.</translation>
        </message>
        <message>
            <source>Empty rows for walk-ins must be a number from 0 to {max}, not {rows}.</source>
            <translation>Empty rows for walk-ins must be a number from 0 to {max}, not {rows}.</translation>
        </message>
        <message>
            <source>Cannot write {path}. Check that the folder exists and the file is not open in another program, then try again.</source>
            <translation>Cannot write {path}. Check that the folder exists and the file is not open in another program, then try again.</translation>
        </message>
    </context>
    <context>
        <name>Privacy</name>
        <message>
            <source>Backups made before the erasure still hold the old values: {rotating} automatic (they leave the rotation within {weeks} weeks) and {kept} made by hand or before a restore (kept until an administrator deletes them; File &gt; Backups).</source>
            <translation>Backups made before the erasure still hold the old values: {rotating} automatic (they leave the rotation within {weeks} weeks) and {kept} made by hand or before a restore (kept until an administrator deletes them; File &gt; Backups).</translation>
        </message>
        <message>
            <source>No participant has the id {uuid}.</source>
            <translation>No participant has the id {uuid}.</translation>
        </message>
        <message>
            <source>Participant #{id} does not exist.</source>
            <translation>Participant #{id} does not exist.</translation>
        </message>
        <message>
            <source>The retention period must be at least 1 year, not {n}.</source>
            <translation>The retention period must be at least 1 year, not {n}.</translation>
        </message>
        <message>
            <source>Unknown language "{language}". Use tr, en or ar.</source>
            <translation>Unknown language "{language}". Use tr, en or ar.</translation>
        </message>
        <message>
            <source>Unknown file format "{format}". Write a .xlsx or a .pdf file.</source>
            <translation>Unknown file format "{format}". Write a .xlsx or a .pdf file.</translation>
        </message>
        <message>
            <source>{path} cannot be written. Check that the folder exists, that you may write there and that the file is not open in another program, then try again.</source>
            <translation>{path} cannot be written. Check that the folder exists, that you may write there and that the file is not open in another program, then try again.</translation>
        </message>
    </context>
    <context>
        <name>PrivacyActions</name>
        <message>
            <source>Export everything about this person…</source>
            <translation>Export everything about this person…</translation>
        </message>
        <message>
            <source>Erase on request…</source>
            <translation>Erase on request…</translation>
        </message>
        <message>
            <source>Anonymise inactive participants…</source>
            <translation>Anonymise inactive participants…</translation>
        </message>
        <message>
            <source>Personal data</source>
            <translation>Personal data</translation>
        </message>
        <message>
            <source>Erased on request</source>
            <translation>Erased on request</translation>
        </message>
        <message>
            <source>This person was erased on request. The record is kept only for the statistics and can no longer be changed.</source>
            <translation>This person was erased on request. The record is kept only for the statistics and can no longer be changed.</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Save everything about this person</source>
            <translation>Save everything about this person</translation>
        </message>
        <message>
            <source>Export everything about this person</source>
            <translation>Export everything about this person</translation>
        </message>
        <message>
            <source>Saved to %1.</source>
            <translation>Saved to %1.</translation>
        </message>
        <message>
            <source>Everything about %1</source>
            <translation>Everything about %1</translation>
        </message>
        <message>
            <source>Erase %1 on request?

Removed: first and last name (Latin and Arabic), phone, notes, register number and disability answer; the birth date is reduced to the year. The values are also removed from the audit log, which keeps only who changed the record and when.

Kept: gender, nationality, office, consent, groups and attendance, so past statistics stay exactly the same.

This cannot be undone. The erasure reaches headquarters with the next data file. Other records confirmed to be the same person are erased too.</source>
            <translation>Erase %1 on request?

Removed: first and last name (Latin and Arabic), phone, notes, register number and disability answer; the birth date is reduced to the year. The values are also removed from the audit log, which keeps only who changed the record and when.

Kept: gender, nationality, office, consent, groups and attendance, so past statistics stay exactly the same.

This cannot be undone. The erasure reaches headquarters with the next data file. Other records confirmed to be the same person are erased too.</translation>
        </message>
        <message>
            <source>Erase on request</source>
            <translation>Erase on request</translation>
        </message>
        <message>
            <source>%1 was erased.</source>
            <translation>%1 was erased.</translation>
        </message>
        <message>
            <source>Anonymising inactive participants…</source>
            <translation>Anonymising inactive participants…</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Stop</translation>
        </message>
        <message>
            <source>Anonymise inactive participants</source>
            <translation>Anonymise inactive participants</translation>
        </message>
        <message numerus="yes">
            <source>%Ln person(s) anonymised.</source>
            <translation>
                <numerusform>%Ln person anonymised.</numerusform>
                <numerusform>%Ln people anonymised.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProtectDialog</name>
        <message>
            <source>Protect this database</source>
            <translation>Protect this database</translation>
        </message>
        <message>
            <source>This database is not protected: anyone who copies the file %1 can read every participant's name, phone number and birth date with any SQLite program.

Create the administrator account now. The database is then encrypted and TTK Desktop asks for a password at every start. A copy is kept while the file is converted and deleted once the encrypted database is verified.</source>
            <translation>This database is not protected: anyone who copies the file %1 can read every participant's name, phone number and birth date with any SQLite program.

Create the administrator account now. The database is then encrypted and TTK Desktop asks for a password at every start. A copy is kept while the file is converted and deleted once the encrypted database is verified.</translation>
        </message>
        <message>
            <source>Protect now</source>
            <translation>Protect now</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Later</translation>
        </message>
        <message>
            <source>The database is now encrypted. From now on TTK Desktop asks for a password; %1 is its administrator.</source>
            <translation>The database is now encrypted. From now on TTK Desktop asks for a password; %1 is its administrator.</translation>
        </message>
        <message>
            <source>An unencrypted copy (%1) was kept during the conversion and deleted once the encrypted database was checked against it.</source>
            <translation>An unencrypted copy (%1) was kept during the conversion and deleted once the encrypted database was checked against it.</translation>
        </message>
        <message>
            <source>The unencrypted copy %1 could not be deleted. It holds everyone's data readable: delete it yourself.</source>
            <translation>The unencrypted copy %1 could not be deleted. It holds everyone's data readable: delete it yourself.</translation>
        </message>
        <message numerus="yes">
            <source>%n older unencrypted backup copy(ies) were deleted too.</source>
            <translation>
                <numerusform>%n older unencrypted backup copy was deleted too.</numerusform>
                <numerusform>%n older unencrypted backup copies were deleted too.</numerusform>
            </translation>
        </message>
        <message>
            <source>Encrypting the database… Do not switch the computer off.</source>
            <translation>Encrypting the database… Do not switch the computer off.</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <source>The PDF and the chart images need the graphical part of Qt.</source>
            <translation>The PDF and the chart images need the graphical part of Qt.</translation>
        </message>
        <message>
            <source>{path} cannot be written. Check that the folder exists, that you may write there and that the file is not open in another program, then try again.</source>
            <translation>{path} cannot be written. Check that the folder exists, that you may write there and that the file is not open in another program, then try again.</translation>
        </message>
    </context>
    <context>
        <name>RetentionDialog</name>
        <message>
            <source>Anonymise inactive participants</source>
            <translation>Anonymise inactive participants</translation>
        </message>
        <message>
            <source>People who have had no attendance and whose records have not changed for the chosen number of years are anonymised like an erasure on request: names, phone, notes, register number and disability answer are removed, only the year of birth is shown; gender, nationality, groups and attendance are kept, so past statistics stay the same. This cannot be undone.</source>
            <translation>People who have had no attendance and whose records have not changed for the chosen number of years are anonymised like an erasure on request: names, phone, notes, register number and disability answer are removed, only the year of birth is shown; gender, nationality, groups and attendance are kept, so past statistics stay the same. This cannot be undone.</translation>
        </message>
        <message>
            <source> years</source>
            <translation> years</translation>
        </message>
        <message>
            <source>Anonymise…</source>
            <translation>Anonymise…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Inactive for:</source>
            <translation>Inactive for:</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Counting…</translation>
        </message>
        <message numerus="yes">
            <source>%Ln person(s) had no attendance and no change for %1 years.</source>
            <translation>
                <numerusform>%Ln person had no attendance and no change for %1 years.</numerusform>
                <numerusform>%Ln people had no attendance and no change for %1 years.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Anonymise %Ln person(s) inactive for %1 years? Their names, phone numbers, notes, register numbers and disability answers are removed for good; gender, nationality, groups and attendance are kept. This cannot be undone.</source>
            <translation>
                <numerusform>Anonymise %Ln person inactive for %1 years? Their name, phone number, notes, register number and disability answer are removed for good; gender, nationality, groups and attendance are kept. This cannot be undone.</numerusform>
                <numerusform>Anonymise %Ln people inactive for %1 years? Their names, phone numbers, notes, register numbers and disability answers are removed for good; gender, nationality, groups and attendance are kept. This cannot be undone.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <source>administrator</source>
            <translation>administrator</translation>
        </message>
        <message>
            <source>staff</source>
            <translation>staff</translation>
        </message>
        <message>
            <source>viewer</source>
            <translation>viewer</translation>
        </message>
        <message>
            <source>view the statistics</source>
            <translation>view the statistics</translation>
        </message>
        <message>
            <source>view the lists</source>
            <translation>view the lists</translation>
        </message>
        <message>
            <source>change any data</source>
            <translation>change any data</translation>
        </message>
        <message>
            <source>see phone numbers and birth dates</source>
            <translation>see phone numbers and birth dates</translation>
        </message>
        <message>
            <source>register or change participants</source>
            <translation>register or change participants</translation>
        </message>
        <message>
            <source>create or change groups</source>
            <translation>create or change groups</translation>
        </message>
        <message>
            <source>create or change sessions</source>
            <translation>create or change sessions</translation>
        </message>
        <message>
            <source>record attendance</source>
            <translation>record attendance</translation>
        </message>
        <message>
            <source>print sheets with personal data</source>
            <translation>print sheets with personal data</translation>
        </message>
        <message>
            <source>import workbooks</source>
            <translation>import workbooks</translation>
        </message>
        <message>
            <source>export personal data</source>
            <translation>export personal data</translation>
        </message>
        <message>
            <source>make a backup</source>
            <translation>make a backup</translation>
        </message>
        <message>
            <source>manage accounts</source>
            <translation>manage accounts</translation>
        </message>
        <message>
            <source>change the settings</source>
            <translation>change the settings</translation>
        </message>
        <message>
            <source>delete records</source>
            <translation>delete records</translation>
        </message>
        <message>
            <source>merge office data files</source>
            <translation>merge office data files</translation>
        </message>
        <message>
            <source>manage keys</source>
            <translation>manage keys</translation>
        </message>
        <message>
            <source>restore a backup</source>
            <translation>restore a backup</translation>
        </message>
        <message>
            <source>read the audit log</source>
            <translation>read the audit log</translation>
        </message>
        <message>
            <source>erase or anonymise participants</source>
            <translation>erase or anonymise participants</translation>
        </message>
        <message>
            <source>decide about duplicate people</source>
            <translation>decide about duplicate people</translation>
        </message>
        <message>
            <source>Refused: the account {name} ({role}) may not {action}.</source>
            <translation>Refused: the account {name} ({role}) may not {action}.</translation>
        </message>
    </context>
    <context>
        <name>Security</name>
        <message>
            <source>The account name is required.</source>
            <translation>The account name is required.</translation>
        </message>
        <message>
            <source>The current password is wrong.</source>
            <translation>The current password is wrong.</translation>
        </message>
        <message>
            <source>This database has no accounts yet. Create its administrator first (ttk setup --admin NAME, or start the app).</source>
            <translation>This database has no accounts yet. Create its administrator first (ttk setup --admin NAME, or start the app).</translation>
        </message>
        <message>
            <source>The account name or the password is wrong.</source>
            <translation>The account name or the password is wrong.</translation>
        </message>
        <message>
            <source>There is a database at {path} already; it was left as it was.</source>
            <translation>There is a database at {path} already; it was left as it was.</translation>
        </message>
        <message>
            <source>The account {name} is not an active account of {file}.</source>
            <translation>The account {name} is not an active account of {file}.</translation>
        </message>
        <message>
            <source>An account name has at most {n} printable characters and no colon.</source>
            <translation>An account name has at most {n} printable characters and no colon.</translation>
        </message>
        <message>
            <source>A password has at least {n} characters.</source>
            <translation>A password has at least {n} characters.</translation>
        </message>
        <message>
            <source>There is no account named {name}.</source>
            <translation>There is no account named {name}.</translation>
        </message>
        <message>
            <source>An account named {name} exists.</source>
            <translation>An account named {name} exists.</translation>
        </message>
        <message>
            <source>{name} is the last active administrator and cannot be disabled. Add another administrator first.</source>
            <translation>{name} is the last active administrator and cannot be disabled. Add another administrator first.</translation>
        </message>
        <message>
            <source>{path} is already protected by accounts.</source>
            <translation>{path} is already protected by accounts.</translation>
        </message>
        <message>
            <source>The encrypted copy of {path} did not match the original; nothing was changed.</source>
            <translation>The encrypted copy of {path} did not match the original; nothing was changed.</translation>
        </message>
        <message>
            <source>Encrypting {path} failed ({error}). The database was left as it was.</source>
            <translation>Encrypting {path} failed ({error}). The database was left as it was.</translation>
        </message>
        <message>
            <source>The idle lock is 0 (never) to {max} minutes.</source>
            <translation>The idle lock is 0 (never) to {max} minutes.</translation>
        </message>
        <message>
            <source>The key file {path} is missing. The database cannot be opened without it: copy it back from the backup folder (it is saved beside every backup).</source>
            <translation>The key file {path} is missing. The database cannot be opened without it: copy it back from the backup folder (it is saved beside every backup).</translation>
        </message>
        <message>
            <source>The key file {path} is damaged or not a TTK Desktop key file. Copy it back from the backup folder (it is saved beside every backup).</source>
            <translation>The key file {path} is damaged or not a TTK Desktop key file. Copy it back from the backup folder (it is saved beside every backup).</translation>
        </message>
        <message>
            <source>Too many wrong passwords for {name}. Try again in {seconds} seconds.</source>
            <translation>Too many wrong passwords for {name}. Try again in {seconds} seconds.</translation>
        </message>
        <message>
            <source>The account name or the password is wrong. After {n} wrong passwords {name} must wait {seconds} seconds before the next try.</source>
            <translation>The account name or the password is wrong. After {n} wrong passwords {name} must wait {seconds} seconds before the next try.</translation>
        </message>
        <message>
            <source>The account {name} is disabled.</source>
            <translation>The account {name} is disabled.</translation>
        </message>
        <message>
            <source>&amp;Accounts…</source>
            <translation>&amp;Accounts…</translation>
        </message>
        <message>
            <source>Change my pass&amp;word…</source>
            <translation>Change my pass&amp;word…</translation>
        </message>
        <message>
            <source>Audit lo&amp;g…</source>
            <translation>Audit lo&amp;g…</translation>
        </message>
        <message>
            <source>&amp;Lock now</source>
            <translation>&amp;Lock now</translation>
        </message>
        <message>
            <source>Database protected</source>
            <translation>Database protected</translation>
        </message>
    </context>
    <context>
        <name>SelfTest</name>
        <message>
            <source>New database</source>
            <translation>New database</translation>
        </message>
        <message>
            <source>Import of the sample workbook</source>
            <translation>Import of the sample workbook</translation>
        </message>
        <message>
            <source>Statistics of the sample</source>
            <translation>Statistics of the sample</translation>
        </message>
        <message>
            <source>Main window</source>
            <translation>Main window</translation>
        </message>
        <message>
            <source>Attendance sheet to PDF</source>
            <translation>Attendance sheet to PDF</translation>
        </message>
        <message>
            <source>Office data file export and merge</source>
            <translation>Office data file export and merge</translation>
        </message>
        <message>
            <source>Encrypted database</source>
            <translation>Encrypted database</translation>
        </message>
        <message>
            <source>Self-test</source>
            <translation>Self-test</translation>
        </message>
        <message>
            <source>Self-test office</source>
            <translation>Self-test office</translation>
        </message>
        <message>
            <source>Self-test passed.</source>
            <translation>Self-test passed.</translation>
        </message>
        <message>
            <source>Self-test FAILED.</source>
            <translation>Self-test FAILED.</translation>
        </message>
        <message>
            <source>All %1 checks passed: this installation works.</source>
            <translation>All %1 checks passed: this installation works.</translation>
        </message>
        <message>
            <source>%2 of %1 checks failed. Send this report to your IT contact.</source>
            <translation>%2 of %1 checks failed. Send this report to your IT contact.</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>FAILED</source>
            <translation>FAILED</translation>
        </message>
        <message>
            <source>No PDF was written.</source>
            <translation>No PDF was written.</translation>
        </message>
        <message>
            <source>The database file is not encrypted.</source>
            <translation>The database file is not encrypted.</translation>
        </message>
        <message>
            <source>Plain SQLite could read the encrypted file.</source>
            <translation>Plain SQLite could read the encrypted file.</translation>
        </message>
        <message>
            <source>The encrypted database lost records.</source>
            <translation>The encrypted database lost records.</translation>
        </message>
        <message>
            <source>%1 people written and read back; the file shows none of them</source>
            <translation>%1 people written and read back; the file shows none of them</translation>
        </message>
        <message>
            <source>Skipped: the database could not be created.</source>
            <translation>Skipped: the database could not be created.</translation>
        </message>
        <message>
            <source>The participants list did not fill in time.</source>
            <translation>The participants list did not fill in time.</translation>
        </message>
        <message>
            <source>The window could not be painted.</source>
            <translation>The window could not be painted.</translation>
        </message>
        <message>
            <source>The sample workbook %1 is missing.</source>
            <translation>The sample workbook %1 is missing.</translation>
        </message>
        <message>
            <source>Wrong figures: %1</source>
            <translation>Wrong figures: %1</translation>
        </message>
        <message>
            <source>pages: %1, bytes: %2</source>
            <translation>pages: %1, bytes: %2</translation>
        </message>
        <message>
            <source>%1 records merged from a %2-byte file</source>
            <translation>%1 records merged from a %2-byte file</translation>
        </message>
        <message>
            <source>%1 sessions, %2 participations, %3 people, as expected</source>
            <translation>%1 sessions, %2 participations, %3 people, as expected</translation>
        </message>
        <message>
            <source>The list shows %1 people instead of %2.</source>
            <translation>The list shows %1 people instead of %2.</translation>
        </message>
        <message>
            <source>%1 tabs, %2 people listed, painted at %3×%4</source>
            <translation>%1 tabs, %2 people listed, painted at %3×%4</translation>
        </message>
    </context>
    <context>
        <name>Services</name>
        <message>
            <source>Group number {id} is already used by another group of this office.</source>
            <translation>Group number {id} is already used by another group of this office.</translation>
        </message>
        <message>
            <source>Session number {id} is already used by another session of this office.</source>
            <translation>Session number {id} is already used by another session of this office.</translation>
        </message>
        <message>
            <source>This database has no office yet. Set the office up first (ttk setup).</source>
            <translation>This database has no office yet. Set the office up first (ttk setup).</translation>
        </message>
        <message>
            <source>The office name is required.</source>
            <translation>The office name is required.</translation>
        </message>
        <message>
            <source>{what} #{id} does not exist.</source>
            <translation>{what} #{id} does not exist.</translation>
        </message>
        <message>
            <source>Unknown office "{code}".</source>
            <translation>Unknown office "{code}".</translation>
        </message>
        <message>
            <source>No group has the id or UUID "{key}".</source>
            <translation>No group has the id or UUID "{key}".</translation>
        </message>
        <message>
            <source>The office code "{code}" should be 2-32 letters, digits, - or _.</source>
            <translation>The office code "{code}" should be 2-32 letters, digits, - or _.</translation>
        </message>
        <message>
            <source>Register number {id} is already used by another participant of this office.</source>
            <translation>Register number {id} is already used by another participant of this office.</translation>
        </message>
        <message>
            <source>Session #{id} does not exist.</source>
            <translation>Session #{id} does not exist.</translation>
        </message>
        <message>
            <source>No session has the id or UUID "{key}".</source>
            <translation>No session has the id or UUID "{key}".</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Group</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Participant</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Session</translation>
        </message>
        <message>
            <source>This person was erased on request. The record is kept only for the statistics and can no longer be changed.</source>
            <translation>This person was erased on request. The record is kept only for the statistics and can no longer be changed.</translation>
        </message>
    </context>
    <context>
        <name>SessionDialog</name>
        <message>
            <source>New session of %1</source>
            <translation>New session of %1</translation>
        </message>
        <message>
            <source>Edit session of %1</source>
            <translation>Edit session of %1</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Date:</translation>
        </message>
        <message>
            <source>T&amp;ime:</source>
            <translation>T&amp;ime:</translation>
        </message>
        <message>
            <source>T&amp;opic:</source>
            <translation>T&amp;opic:</translation>
        </message>
        <message>
            <source>&amp;Place:</source>
            <translation>&amp;Place:</translation>
        </message>
    </context>
    <context>
        <name>SessionTableModel</name>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Topic</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Present</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>The new language is used after you restart TTK Desktop.</source>
            <translation>The new language is used after you restart TTK Desktop.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Database file</source>
            <translation>Database file</translation>
        </message>
        <message>
            <source>Printing</source>
            <translation>Printing</translation>
        </message>
        <message>
            <source>The office's defaults for printed sheets and forms, kept in the database. Each print can still change the paper, the empty rows and the languages.</source>
            <translation>The office's defaults for printed sheets and forms, kept in the database. Each print can still change the paper, the empty rows and the languages.</translation>
        </message>
        <message>
            <source>Association name</source>
            <translation>Association name</translation>
        </message>
        <message>
            <source>Association name in Arabic</source>
            <translation>Association name in Arabic</translation>
        </message>
        <message>
            <source>Protection unit name</source>
            <translation>Protection unit name</translation>
        </message>
        <message>
            <source>Protection unit name in Arabic</source>
            <translation>Protection unit name in Arabic</translation>
        </message>
        <message>
            <source>Empty rows for walk-ins</source>
            <translation>Empty rows for walk-ins</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>Paper</translation>
        </message>
        <message>
            <source>Printed languages</source>
            <translation>Printed languages</translation>
        </message>
    </context>
    <context>
        <name>SetupDialog</name>
        <message>
            <source>Welcome to TTK Desktop</source>
            <translation>Welcome to TTK Desktop</translation>
        </message>
        <message>
            <source>This computer keeps the register of one office. Enter the office's short code (for example IST or GAZ) and its name. You can change the language later in Settings.</source>
            <translation>This computer keeps the register of one office. Enter the office's short code (for example IST or GAZ) and its name. You can change the language later in Settings.</translation>
        </message>
        <message>
            <source>Office code</source>
            <translation>Office code</translation>
        </message>
        <message>
            <source>Office name</source>
            <translation>Office name</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>e.g. IST</source>
            <translation>e.g. IST</translation>
        </message>
        <message>
            <source>e.g. İstanbul Community Centre</source>
            <translation>e.g. İstanbul Community Centre</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>The administrator manages the accounts and the settings. The database is encrypted: without a password nobody can read it, so keep the password safe.</source>
            <translation>The administrator manages the accounts and the settings. The database is encrypted: without a password nobody can read it, so keep the password safe.</translation>
        </message>
        <message>
            <source>Preparing the database…</source>
            <translation>Preparing the database…</translation>
        </message>
        <message>
            <source>Creating the encrypted database…</source>
            <translation>Creating the encrypted database…</translation>
        </message>
        <message>
            <source>The office name is required.</source>
            <translation>The office name is required.</translation>
        </message>
        <message>
            <source>Database file: %1</source>
            <translation>Database file: %1</translation>
        </message>
    </context>
    <context>
        <name>SidePanel</name>
        <message>
            <source>Office: %1</source>
            <translation>Office: %1</translation>
        </message>
        <message>
            <source>Last changed: %1</source>
            <translation>Last changed: %1</translation>
        </message>
        <message>
            <source>Not a member of any group</source>
            <translation>Not a member of any group</translation>
        </message>
        <message>
            <source>Groups: %1</source>
            <translation>Groups: %1</translation>
        </message>
        <message numerus="yes">
            <source>Attendance: %Ln session(s)</source>
            <translation>
                <numerusform>Attendance: %Ln session</numerusform>
                <numerusform>Attendance: %Ln sessions</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Statistics</name>
        <message>
            <source>"other" cannot be a featured nationality: it is the bucket of all the rest.</source>
            <translation>"other" cannot be a featured nationality: it is the bucket of all the rest.</translation>
        </message>
        <message>
            <source>The period starts on {start}, after its end on {end}. Choose a start date on or before the end date.</source>
            <translation>The period starts on {start}, after its end on {end}. Choose a start date on or before the end date.</translation>
        </message>
        <message>
            <source>Unknown age method "{method}". Use "first" or "each".</source>
            <translation>Unknown age method "{method}". Use "first" or "each".</translation>
        </message>
        <message>
            <source>Unknown group type "{type}". Use one of: {types}.</source>
            <translation>Unknown group type "{type}". Use one of: {types}.</translation>
        </message>
        <message>
            <source>Unknown office "{code}". Choose an office from the list.</source>
            <translation>Unknown office "{code}". Choose an office from the list.</translation>
        </message>
        <message>
            <source>Group #{id} does not exist.</source>
            <translation>Group #{id} does not exist.</translation>
        </message>
        <message>
            <source>Age method: {method}.</source>
            <translation>Age method: {method}.</translation>
        </message>
        <message>
            <source>Period: {start} to {end} (both included).</source>
            <translation>Period: {start} to {end} (both included).</translation>
        </message>
        <message>
            <source>Filters: {filters}.</source>
            <translation>Filters: {filters}.</translation>
        </message>
        <message>
            <source>office {code}</source>
            <translation>office {code}</translation>
        </message>
        <message>
            <source>group type {type}</source>
            <translation>group type {type}</translation>
        </message>
        <message>
            <source>group "{name}" (#{id})</source>
            <translation>group "{name}" (#{id})</translation>
        </message>
        <message>
            <source>Age method: first — each person counted once, in the age group of their first attendance in the period.</source>
            <translation>Age method: first — each person counted once, in the age group of their first attendance in the period.</translation>
        </message>
        <message>
            <source>Age method: each — a person is counted in every age group they attended in; percentages are of the sum of the group counts (as published).</source>
            <translation>Age method: each — a person is counted in every age group they attended in; percentages are of the sum of the group counts (as published).</translation>
        </message>
        <message>
            <source>Filters: none (all offices and groups).</source>
            <translation>Filters: none (all offices and groups).</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>Birth date unknown</source>
            <translation>Birth date unknown</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Count</translation>
        </message>
        <message>
            <source>TTK unit statistics</source>
            <translation>TTK unit statistics</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sessions</translation>
        </message>
        <message>
            <source>Participations</source>
            <translation>Participations</translation>
        </message>
        <message>
            <source>Distinct participants</source>
            <translation>Distinct participants</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Gender</translation>
        </message>
        <message>
            <source>Age group</source>
            <translation>Age group</translation>
        </message>
        <message>
            <source>Nationality</source>
            <translation>Nationality</translation>
        </message>
        <message>
            <source>UNHCR age group</source>
            <translation>UNHCR age group</translation>
        </message>
        <message>
            <source>Gender / age group</source>
            <translation>Gender / age group</translation>
        </message>
        <message>
            <source>Nationality / gender</source>
            <translation>Nationality / gender</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Month</translation>
        </message>
    </context>
    <context>
        <name>StatisticsView</name>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>Custom period</source>
            <translation>Custom period</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>To</source>
            <translation>To</translation>
        </message>
        <message>
            <source>All offices</source>
            <translation>All offices</translation>
        </message>
        <message>
            <source>All group types</source>
            <translation>All group types</translation>
        </message>
        <message>
            <source>All groups</source>
            <translation>All groups</translation>
        </message>
        <message>
            <source>Age at first attendance</source>
            <translation>Age at first attendance</translation>
        </message>
        <message>
            <source>Every age group attended</source>
            <translation>Every age group attended</translation>
        </message>
        <message>
            <source>Age method</source>
            <translation>Age method</translation>
        </message>
        <message>
            <source>UNHCR age brackets</source>
            <translation>UNHCR age brackets</translation>
        </message>
        <message>
            <source>Show the age chart as %1</source>
            <translation>Show the age chart as %1</translation>
        </message>
        <message>
            <source>Export report</source>
            <translation>Export report</translation>
        </message>
        <message>
            <source>Excel workbook…</source>
            <translation>Excel workbook…</translation>
        </message>
        <message>
            <source>PDF report…</source>
            <translation>PDF report…</translation>
        </message>
        <message>
            <source>Chart images (PNG)…</source>
            <translation>Chart images (PNG)…</translation>
        </message>
        <message>
            <source>CSV file…</source>
            <translation>CSV file…</translation>
        </message>
        <message>
            <source>Report language</source>
            <translation>Report language</translation>
        </message>
        <message>
            <source>Year:</source>
            <translation>Year:</translation>
        </message>
        <message>
            <source>Updating…</source>
            <translation>Updating…</translation>
        </message>
        <message>
            <source>statistics</source>
            <translation>statistics</translation>
        </message>
        <message>
            <source>Writing the report…</source>
            <translation>Writing the report…</translation>
        </message>
        <message>
            <source>Folder for the chart images</source>
            <translation>Folder for the chart images</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>PDF document (*.pdf)</translation>
        </message>
        <message>
            <source>CSV file (*.csv)</source>
            <translation>CSV file (*.csv)</translation>
        </message>
        <message>
            <source>Written: %1</source>
            <translation>Written: %1</translation>
        </message>
    </context>
    <context>
        <name>SubjectExportDialog</name>
        <message>
            <source>Export everything about this person</source>
            <translation>Export everything about this person</translation>
        </message>
        <message>
            <source>Everything the database holds about %1: the registration, groups, sessions attended, decisions about their records and the changes made to them. Choose the format and the language the person reads.</source>
            <translation>Everything the database holds about %1: the registration, groups, sessions attended, decisions about their records and the changes made to them. Choose the format and the language the person reads.</translation>
        </message>
        <message>
            <source>Excel workbook (.xlsx)</source>
            <translation>Excel workbook (.xlsx)</translation>
        </message>
        <message>
            <source>PDF document (.pdf)</source>
            <translation>PDF document (.pdf)</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>Format:</translation>
        </message>
        <message>
            <source>Language of the document:</source>
            <translation>Language of the document:</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Choose file…</translation>
        </message>
    </context>
    <context>
        <name>Template</name>
        <message>
            <source>The office's own register number of the person (e.g. P0012). Unique within the office; importing the same id again updates that person.</source>
            <translation>The office's own register number of the person (e.g. P0012). Unique within the office; importing the same id again updates that person.</translation>
        </message>
        <message>
            <source>First name.</source>
            <translation>First name.</translation>
        </message>
        <message>
            <source>Last name.</source>
            <translation>Last name.</translation>
        </message>
        <message>
            <source>female, male, other or not stated; Turkish (Kadın/Erkek, K/E) and Arabic words are understood. Empty: not stated.</source>
            <translation>female, male, other or not stated; Turkish (Kadın/Erkek, K/E) and Arabic words are understood. Empty: not stated.</translation>
        </message>
        <message>
            <source>An Excel date or day.month.year (31.12.1985). If only the year is known, write the year alone (1985): it is kept as an estimated birth date.</source>
            <translation>An Excel date or day.month.year (31.12.1985). If only the year is known, write the year alone (1985): it is kept as an estimated birth date.</translation>
        </message>
        <message>
            <source>Country name in Turkish, English or Arabic (Suriye, Syria), a code (SY, SYR), stateless or unknown. Empty: unknown.</source>
            <translation>Country name in Turkish, English or Arabic (Suriye, Syria), a code (SY, SYR), stateless or unknown. Empty: unknown.</translation>
        </message>
        <message>
            <source>Phone number: 7 to 15 digits; spaces, +, - and brackets allowed.</source>
            <translation>Phone number: 7 to 15 digits; spaces, +, - and brackets allowed.</translation>
        </message>
        <message>
            <source>Office code (e.g. IST). Empty: this database's office. A code the database does not know yet creates that office.</source>
            <translation>Office code (e.g. IST). Empty: this database's office. A code the database does not know yet creates that office.</translation>
        </message>
        <message>
            <source>First name in Arabic script (optional).</source>
            <translation>First name in Arabic script (optional).</translation>
        </message>
        <message>
            <source>Last name in Arabic script (optional).</source>
            <translation>Last name in Arabic script (optional).</translation>
        </message>
        <message>
            <source>The office's own number of the group or activity (e.g. G03).</source>
            <translation>The office's own number of the group or activity (e.g. G03).</translation>
        </message>
        <message>
            <source>Refugee Assembly, Children's Assembly, Solidarity Group, Information Session, Awareness Activity, Needs Analysis, Focus Group Discussion or Stakeholder Meeting (Turkish names such as Mülteciler Meclisi are understood).</source>
            <translation>Refugee Assembly, Children's Assembly, Solidarity Group, Information Session, Awareness Activity, Needs Analysis, Focus Group Discussion or Stakeholder Meeting (Turkish names such as Mülteciler Meclisi are understood).</translation>
        </message>
        <message>
            <source>Name of the group.</source>
            <translation>Name of the group.</translation>
        </message>
        <message>
            <source>Office code; empty: this database's office.</source>
            <translation>Office code; empty: this database's office.</translation>
        </message>
        <message>
            <source>The office's own number of the meeting (e.g. S0101).</source>
            <translation>The office's own number of the meeting (e.g. S0101).</translation>
        </message>
        <message>
            <source>The group that met: a group_id from the Groups sheet or one imported before.</source>
            <translation>The group that met: a group_id from the Groups sheet or one imported before.</translation>
        </message>
        <message>
            <source>Date of the meeting: an Excel date or day.month.year.</source>
            <translation>Date of the meeting: an Excel date or day.month.year.</translation>
        </message>
        <message>
            <source>Topic of the meeting.</source>
            <translation>Topic of the meeting.</translation>
        </message>
        <message>
            <source>A session_id from the Sessions sheet or one imported before.</source>
            <translation>A session_id from the Sessions sheet or one imported before.</translation>
        </message>
        <message>
            <source>A participant_id from the Participants sheet or one imported before. One row per person present. Someone not yet in the session's group becomes a member.</source>
            <translation>A participant_id from the Participants sheet or one imported before. One row per person present. Someone not yet in the session's group becomes a member.</translation>
        </message>
        <message>
            <source>Fill in the sheets you need; a file may hold only some of them. Row 1 holds the column names; each further row is one record. Empty rows are skipped.</source>
            <translation>Fill in the sheets you need; a file may hold only some of them. Row 1 holds the column names; each further row is one record. Empty rows are skipped.</translation>
        </message>
        <message>
            <source>Columns may be in any order and named in Turkish (Ad, Soyad, Cinsiyet, Doğum Tarihi, Uyruk, Telefon ...); sheets may be named Katılımcılar, Gruplar, Oturumlar, Katılım. Other sheets, like this one, are ignored.</source>
            <translation>Columns may be in any order and named in Turkish (Ad, Soyad, Cinsiyet, Doğum Tarihi, Uyruk, Telefon ...); sheets may be named Katılımcılar, Gruplar, Oturumlar, Katılım. Other sheets, like this one, are ignored.</translation>
        </message>
        <message>
            <source>All or nothing: if any row has a problem, nothing is imported and every problem is listed with its sheet, row and column. Correct them and import the file again.</source>
            <translation>All or nothing: if any row has a problem, nothing is imported and every problem is listed with its sheet, row and column. Correct them and import the file again.</translation>
        </message>
        <message>
            <source>Importing the same file twice changes nothing. A corrected file updates the records it names and deletes nothing; a deleted record named again is restored. A column left out keeps what is stored; an empty cell in a column that is there clears it.</source>
            <translation>Importing the same file twice changes nothing. A corrected file updates the records it names and deletes nothing; a deleted record named again is restored. A column left out keeps what is stored; an empty cell in a column that is there clears it.</translation>
        </message>
        <message>
            <source>Also understood: disability (yes/no) on Participants; facilitator, start_date, end_date, description on Groups; place, start_time (HH:MM) and office on Sessions.</source>
            <translation>Also understood: disability (yes/no) on Participants; facilitator, start_date, end_date, description on Groups; place, start_time (HH:MM) and office on Sessions.</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>How to fill in this workbook</source>
            <translation>How to fill in this workbook</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>Sheet</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Column</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>Required</translation>
        </message>
        <message>
            <source>What to write</source>
            <translation>What to write</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>First name</source>
            <translation>First name</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Last name</translation>
        </message>
        <message>
            <source>First name (Arabic)</source>
            <translation>First name (Arabic)</translation>
        </message>
        <message>
            <source>Last name (Arabic)</source>
            <translation>Last name (Arabic)</translation>
        </message>
        <message>
            <source>Register number</source>
            <translation>Register number</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>Facilitator</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Topic</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>First name is required.</source>
            <translation>First name is required.</translation>
        </message>
        <message>
            <source>Last name is required.</source>
            <translation>Last name is required.</translation>
        </message>
        <message>
            <source>An estimated birth date is stored as 1 January of its year.</source>
            <translation>An estimated birth date is stored as 1 January of its year.</translation>
        </message>
        <message>
            <source>Give the date consent was given.</source>
            <translation>Give the date consent was given.</translation>
        </message>
        <message>
            <source>The consent date is in the future.</source>
            <translation>The consent date is in the future.</translation>
        </message>
        <message>
            <source>The group name is required.</source>
            <translation>The group name is required.</translation>
        </message>
        <message>
            <source>The end date is before the start date.</source>
            <translation>The end date is before the start date.</translation>
        </message>
        <message>
            <source>The session date is required.</source>
            <translation>The session date is required.</translation>
        </message>
        <message>
            <source>The session ends before it starts.</source>
            <translation>The session ends before it starts.</translation>
        </message>
        <message>
            <source>Unknown gender "{value}".</source>
            <translation>Unknown gender "{value}".</translation>
        </message>
        <message>
            <source>Unknown nationality "{value}".</source>
            <translation>Unknown nationality "{value}".</translation>
        </message>
        <message>
            <source>The phone number {phone} should have 7 to 15 digits (spaces, +, - and brackets allowed).</source>
            <translation>The phone number {phone} should have 7 to 15 digits (spaces, +, - and brackets allowed).</translation>
        </message>
        <message>
            <source>Unknown disability status "{value}".</source>
            <translation>Unknown disability status "{value}".</translation>
        </message>
        <message>
            <source>Unknown group type "{value}".</source>
            <translation>Unknown group type "{value}".</translation>
        </message>
        <message>
            <source>The birth date {date} is in the future.</source>
            <translation>The birth date {date} is in the future.</translation>
        </message>
        <message>
            <source>The field "{field}" holds a character that cannot be seen or that changes how the text reads: {character} at position {position} of "{value}". Delete it (type the text again) and try again.</source>
            <translation>The field "{field}" holds a character that cannot be seen or that changes how the text reads: {character} at position {position} of "{value}". Delete it (type the text again) and try again.</translation>
        </message>
        <message>
            <source>{person} was born on {birth}, after the session of {day}, so cannot have attended it. Correct the birth date or the session date first.</source>
            <translation>{person} was born on {birth}, after the session of {day}, so cannot have attended it. Correct the birth date or the session date first.</translation>
        </message>
        <message>
            <source>{person} was born in {year}, after the session of {day}, so cannot have attended it. Correct the birth year or the session date first.</source>
            <translation>{person} was born in {year}, after the session of {day}, so cannot have attended it. Correct the birth year or the session date first.</translation>
        </message>
        <message>
            <source>{value} is not a time; write it as HH:MM.</source>
            <translation>{value} is not a time; write it as HH:MM.</translation>
        </message>
        <message>
            <source>A name can be at most {n} characters long.</source>
            <translation>A name can be at most {n} characters long.</translation>
        </message>
        <message>
            <source>The birth date {date} is before {year}.</source>
            <translation>The birth date {date} is before {year}.</translation>
        </message>
    </context>
    <context>
        <name>Vocab</name>
        <message>
            <source>Female</source>
            <translation>Female</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Male</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation>Not stated</translation>
        </message>
        <message>
            <source>Refugee Assembly</source>
            <translation>Refugee Assembly</translation>
        </message>
        <message>
            <source>Children's Assembly</source>
            <translation>Children's Assembly</translation>
        </message>
        <message>
            <source>Solidarity Group</source>
            <translation>Solidarity Group</translation>
        </message>
        <message>
            <source>Information Session</source>
            <translation>Information Session</translation>
        </message>
        <message>
            <source>Awareness Activity</source>
            <translation>Awareness Activity</translation>
        </message>
        <message>
            <source>Needs Analysis</source>
            <translation>Needs Analysis</translation>
        </message>
        <message>
            <source>Focus Group Discussion</source>
            <translation>Focus Group Discussion</translation>
        </message>
        <message>
            <source>Stakeholder Meeting</source>
            <translation>Stakeholder Meeting</translation>
        </message>
        <message>
            <source>Stateless</source>
            <translation>Stateless</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Unknown</translation>
        </message>
    </context>
    <context>
        <name>_Curtain</name>
        <message>
            <source>Locked</source>
            <translation>Locked</translation>
        </message>
    </context>
</TS>
