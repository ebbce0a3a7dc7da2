"""Which tables a backup holds, and in what order."""
from assure.backup.contents import backed_up_models, field_names, in_dependency_order, label


def test_every_table_that_holds_records_is_backed_up_but_sessions_and_the_search_index():
    labels = [label(model) for model in backed_up_models()]
    assert {"auth.user", "auth.user_groups", "contenttypes.contenttype", "otp_totp.totpdevice",
            "otp_static.statictoken", "meetings.paper", "meetings.historicalpaper", "admin.logentry",
            "plans.objective_actions", "jobs.job", "mail.email"} <= set(labels)
    assert "sessions.session" not in labels and "search.searchentry" not in labels
    assert len(labels) == len(set(labels))


def test_a_table_comes_after_the_tables_it_refers_to():
    models = backed_up_models()
    position = {label(model): number for number, model in enumerate(models)}
    for model in models:
        for field in model._meta.concrete_fields:
            target = field.is_relation and label(field.remote_field.model)
            if target and target != label(model) and target in position:
                assert position[target] < position[label(model)] or refers_to(target, label(model)), \
                    f"{label(model)}.{field.name} comes before {target}, and they are not in a cycle"


def refers_to(start: str, goal: str) -> bool:
    """Whether `start` leads by foreign keys, directly or through others, to `goal`: then the two are in a cycle."""
    by_label = {label(model): model for model in backed_up_models()}
    seen, todo = set(), [start]
    while todo:
        name = todo.pop()
        for field in by_label[name]._meta.concrete_fields:
            target = field.is_relation and label(field.remote_field.model)
            if target == goal:
                return True
            if target in by_label and target not in seen:
                seen.add(target)
                todo.append(target)
    return False


def test_tables_with_no_references_between_them_come_by_label():
    by_label = {label(model): model for model in backed_up_models()}
    user, group = by_label["auth.user"], by_label["auth.group"]
    assert in_dependency_order([user, group]) == [group, user]   # no references between them: by label


def test_a_many_to_many_is_its_own_table_not_a_field_of_its_owner():
    user = next(model for model in backed_up_models() if label(model) == "auth.user")
    assert "groups" not in field_names(user) and "username" in field_names(user) and "id" not in field_names(user)
