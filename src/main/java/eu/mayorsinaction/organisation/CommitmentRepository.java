package eu.mayorsinaction.organisation;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface CommitmentRepository extends ListCrudRepository<Commitment, Long> {

	/** Newest first: the first one is the signatory's current commitment. */
	List<Commitment> findBySignatoryIdOrderByCouncilDecisionDateDescIdDesc(Long signatoryId);

	/** Of several signatories, each one's newest first. */
	List<Commitment> findBySignatoryIdInOrderBySignatoryIdAscCouncilDecisionDateDescIdDesc(
			java.util.Collection<Long> signatoryIds);

}
