"""My work today (issue 19): each person's tasks, read from the records that are due, plus the tasks one
person gives another.  ``source`` says what a source of tasks is; ``sources`` lists them all.

Whose task is whose, kind by kind (each module says it again):

=============== ===================================================== ==================================
kind            whose                                                 gone when
=============== ===================================================== ==================================
manual          the colleague it was given to                         marked done
visit           the visit's social researcher                         written up or cancelled
checklist       the file's researcher; with none, who took the         every required item verified, or
                application (its consent)                             the application moved on
complaint       the colleague assigned; unassigned: the desk (who     closed
                registers people and sees every file)
data_request    every privacy officer (PRIVACY_MANAGE)                closed
breach          every privacy officer (PRIVACY_MANAGE)                reported to the authority
meeting         every active committee member linked to an account    closed
referral        whoever made the referral                             final outcome, or no follow-up date
survey          the staff member who served the person                answered or declined
reverification  the file's researcher                                 confirmed with the person
=============== ===================================================== ==================================

A supervisor (TEAM_SUPERVISE) may give a task given by hand, a home visit or a complaint to another
colleague; the other kinds follow their record (who served, who referred, who sits in the committee).
"""
