package eu.mayorsinaction.user;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface AppUserRepository extends ListCrudRepository<AppUser, Long> {

	Optional<AppUser> findByEmail(String email);

	boolean existsByEmail(String email);

	/** Enabled accounts holding any of the roles on any of the organisations. */
	@org.springframework.data.jdbc.repository.query.Query("select distinct u.* from app_user u join membership m on m.user_id = u.id "
			+ "where u.enabled and m.organisation_id in (:organisationIds) and m.role in ('ORGANISATION_ADMIN', 'ORGANISATION_STAFF')")
	List<AppUser> findStaffOf(java.util.Collection<Long> organisationIds);

	/** Enabled accounts holding an editor role on any of the signatories. */
	@org.springframework.data.jdbc.repository.query.Query("select distinct u.* from app_user u join membership m on m.user_id = u.id "
			+ "where u.enabled and m.signatory_id in (:signatoryIds) and m.role = 'SIGNATORY_EDITOR'")
	List<AppUser> findEditorsOf(java.util.Collection<Long> signatoryIds);

}
