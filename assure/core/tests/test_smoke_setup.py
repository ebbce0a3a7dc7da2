def test_dashboard_shows_partnership_to_member(client_for, member_user, partnership):
    response = client_for(member_user).get(f"/p/{partnership.slug}/")
    assert response.status_code == 200
    assert partnership.name in response.content.decode()
